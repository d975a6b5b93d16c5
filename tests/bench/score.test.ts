import { describe, expect, it } from 'vitest';
import type { HeldOutDocument } from '../../src/bench/held-out.js';
import { pagesPerMinute, scoreTexts, type TextMetrics } from '../../src/bench/score.js';

function doc(name: string, pages: number, truthText: string): HeldOutDocument {
  return { name, pdf: `${name}.pdf`, truthText, truthLabels: null, pages, dpi: [], images: [] };
}

// Exact-match metrics keep these tests about the bookkeeping, not about edit distance.
const exact: TextMetrics = {
  cer: (h, t) => (h === t ? 0 : 1),
  wer: (h, t) => (h === t ? 0 : 0.5),
};

describe('scoreTexts', () => {
  const docs = [doc('a', 2, 'Số: 14/KH-LMHTX'), doc('b', 3, 'Sơn La'), doc('c', 1, 'Điều 1.')];

  it('averages over every document of the set, counting a failed one as all wrong', () => {
    const score = scoreTexts(docs, { texts: new Map([['a', 'Số: 14/KH-LMHTX'], ['b', 'Sơn La']]) }, exact);
    expect(score.docsOk).toBe(2);
    expect(score.docsFailed).toBe(1);
    expect(score.pagesOk).toBe(5);
    expect(score.meanCer).toBeCloseTo(1 / 3);
    expect(score.perDocument.find((d) => d.name === 'c')).toMatchObject({ ok: false, cer: 1 });
  });

  it('scores a failed document against an empty text, so failing never helps', () => {
    const seen: string[] = [];
    const spy: TextMetrics = { cer: (h) => (seen.push(h), 0), wer: () => 0 };
    scoreTexts([docs[2]], { texts: new Map() }, spy);
    expect(seen).toEqual(['']);
  });
});

describe('pagesPerMinute', () => {
  it('turns pages and milliseconds into pages per minute', () => {
    expect(pagesPerMinute(18, 90_000)).toBe(12);
    expect(Number.isNaN(pagesPerMinute(3, 0))).toBe(true);
  });
});
