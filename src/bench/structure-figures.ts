// Field accuracy of hoso's JSON against the generator's labels (.truth.json), scored by the
// structure helpers' src/bench/structure.ts over the documents hoso turned out.
import type { HeldOutDocument } from './held-out.js';
import type { HosoOutput } from './hoso-run.js';
import type { Figure, StructureMiss } from './report.js';
import { parseStructureLabels, scoreStructure, STRUCTURE_FIELDS, type ScoredCase } from './structure.js';

export interface StructureFigures {
  figures: Figure[];
  misses: StructureMiss[];
}

function unavailable(reason: string): StructureFigures {
  return { figures: [{ name: 'all fields', value: null, unit: '%', note: reason }], misses: [] };
}

export function structureFigures(docs: readonly HeldOutDocument[], hoso: HosoOutput | null): StructureFigures {
  if (!hoso) return unavailable('hoso did not run');
  const cases: ScoredCase[] = [];
  for (const doc of docs) {
    if (doc.truthLabels === null) continue;
    // A document hoso failed still counts, as an empty result: failing never raises the accuracy.
    const result = hoso.documents.get(doc.name);
    cases.push({ id: doc.name, result: result ?? EMPTY_RESULT, labels: parseStructureLabels(doc.truthLabels) });
  }
  if (cases.length === 0) return unavailable('the set has no .truth.json labels');
  const score = scoreStructure(cases);
  const note = `${cases.length} documents, ${hoso.documents.size} with hoso JSON`;
  const figures: Figure[] = [
    { name: 'all fields', value: score.overall.accuracy, unit: '%', note: `${score.overall.correct}/${score.overall.total} fields, ${note}` },
    ...STRUCTURE_FIELDS.map((field): Figure => {
      const f = score.fields[field];
      return { name: field, value: f.accuracy, unit: '%', note: f.accuracy === null ? 'no label' : `${f.correct}/${f.total}` };
    }),
  ];
  const misses = score.misses.map(({ id, field, expected, actual }) => ({ document: id, field, expected, actual }));
  return { figures, misses };
}

const EMPTY_RESULT: ScoredCase['result'] = {
  documentType: 'khac',
  header: { nationalTitle: null, motto: null, issuer: null, number: null, place: null, date: null, dateText: null },
  title: null,
  preamble: null,
  sections: [],
  references: [],
  campaign: null,
  recipients: [],
  signature: null,
};
