// Field accuracy of hoso's JSON against the generator's labels (.truth.json), scored by the
// structure helpers' src/bench/structure.ts over the documents hoso turned out.
import type { HeldOutDocument } from './held-out.js';
import type { HosoOutput } from './hoso-run.js';
import type { Figure } from './report.js';
import { parseStructureLabels, scoreStructure, STRUCTURE_FIELDS, type ScoredCase } from './structure.js';

function unavailable(reason: string): Figure[] {
  return [{ name: 'all fields', value: null, unit: '%', note: reason }];
}

export function structureFigures(docs: readonly HeldOutDocument[], hoso: HosoOutput | null): Figure[] {
  if (!hoso) return unavailable('hoso did not run');
  const cases: ScoredCase[] = [];
  for (const doc of docs) {
    if (doc.truthLabels === null) continue;
    // A document hoso failed still counts: every field of it is wrong.
    const result = hoso.documents.get(doc.name);
    cases.push({ id: doc.name, result: result ?? EMPTY_RESULT, labels: parseStructureLabels(doc.truthLabels) });
  }
  if (cases.length === 0) return unavailable('the set has no .truth.json labels');
  const score = scoreStructure(cases);
  const note = `${cases.length} documents, ${hoso.documents.size} with hoso JSON`;
  return [
    { name: 'all fields', value: score.overall.accuracy, unit: '%', note: `${score.overall.correct}/${score.overall.total} fields, ${note}` },
    ...STRUCTURE_FIELDS.map((field): Figure => {
      const f = score.fields[field];
      return { name: field, value: f.accuracy, unit: '%', note: f.accuracy === null ? 'no label' : `${f.correct}/${f.total}` };
    }),
  ];
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
