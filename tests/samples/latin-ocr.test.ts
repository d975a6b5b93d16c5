import { describe, expect, it } from 'vitest';
import { latinOcrText } from '../../src/samples/latin-ocr.js';
import { planSample, truthText } from '../../src/samples/sample.js';

describe('latinOcrText', () => {
  it('loses the Vietnamese letters, as a Latin-only OCR does', () => {
    for (const seed of [0, 1, 2, 3]) {
      const plan = planSample(seed);
      const text = latinOcrText(plan.pages, plan.rng);
      // Only ASCII, Latin-1 and curly quotes survive: no ơ, ư, ă, đ, nor the Vietnamese stacked marks.
      expect(text).toMatch(/^[\u0000-\u00ff“”]*$/u);
      expect(text).not.toMatch(/[ơưăđĐ]/);
    }
  });

  it('reads the header columns side by side, number and date on one row', () => {
    const plan = planSample(5);
    const text = latinOcrText(plan.pages, plan.rng);
    const lines = text.split('\n');
    const national = lines.findIndex((l) => /C.NG H.A X. H.I CH. NGH.A VI.T NAM/.test(l));
    expect(national).toBeGreaterThanOrEqual(0);
    // The national title shares its row with the first line of the issuer's column.
    expect(lines[national].indexOf('C')).toBeGreaterThan(0);
    const numberRow = lines.find((l) => /^S[o6]:/.test(l));
    expect(numberRow).toMatch(/ngay \d+|ngay {2,}/);
  });

  it('keeps the words of the truth, stripped of marks, in the same order', () => {
    const plan = planSample(9);
    const truth = truthText(plan.pages);
    const text = latinOcrText(plan.pages, plan.rng);
    const strip = (s: string) =>
      s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z]/g, '');
    const a = strip(truth);
    const b = strip(text.replace(/P/g, 'd').replace(/6/g, 'o').replace(/1/g, 'i'));
    // Garbling changes a few letters but keeps the length of the letter stream close.
    expect(Math.abs(a.length - b.length) / a.length).toBeLessThan(0.02);
  });
});
