// Generated documents (the project's sample generator, text only, no rendering): their printed
// lines in reading order, as the OCR gives them when it reads the columns apart, scored against
// the generator's own labels.
import { describe, expect, it } from 'vitest';
import { scoreStructure, type ScoredCase } from '../../src/bench/structure.js';
import { composeDocument } from '../../src/samples/compose.js';
import { layoutDocument, type LayoutStyle } from '../../src/samples/layout.js';
import { structureDocument } from '../../src/structure/index.js';
import { schemaErrors } from './document-helper.js';

const MM = 72 / 25.4;
const STYLE: LayoutStyle = { bodySize: 13, leading: 1.3, paragraphGap: 4, margins: { top: 22 * MM, bottom: 22 * MM, left: 32 * MM, right: 17 * MM } };

function generated(seed: number): { text: string; scored: ScoredCase } {
  const doc = composeDocument(seed, 1 + (seed % 4));
  const text = layoutDocument(doc, STYLE)
    .map((page) => page.lines.join('\n'))
    .join('\n\n');
  return {
    text,
    scored: {
      id: `seed-${seed}`,
      result: structureDocument({ text, pages: [] }),
      labels: {
        documentType: doc.documentType,
        number: doc.number,
        place: doc.place,
        date: doc.date,
        title: doc.typeLine ? `${doc.typeLine} ${doc.summary}` : doc.summary,
        issuerName: doc.issuer.name,
        topLevelSections: doc.topLevelSections,
        recipients: doc.recipients.length,
        signerName: doc.signature.name,
      },
    },
  };
}

describe('generated documents', () => {
  const samples = Array.from({ length: 60 }, (_, i) => generated(1000 + i));

  it('gets at least 98% of the scored fields right on clean text', () => {
    const score = scoreStructure(samples.map((s) => s.scored));
    expect(score.overall.accuracy, JSON.stringify(score.misses.slice(0, 5))).toBeGreaterThanOrEqual(0.98);
  });

  it('produces fields that validate against schema v1', () => {
    for (const { text, scored } of samples) expect(schemaErrors(scored.result, text)).toEqual([]);
  });
});
