import { describe, expect, it } from 'vitest';
import { documentWordErrors, generatedLatinOcr, stripMarks } from '../../src/bench/restore.js';
import type { Restorer } from '../../src/normalize/types.js';

const stats = { syllables: 0, changed: 0, unknown: 0 };

describe('the restorer bench on generated Latin-only OCR documents', () => {
  it('makes the same damaged documents from the same seeds, and their truth', () => {
    const documents = generatedLatinOcr(1100, 2);
    expect(generatedLatinOcr(1100, 2)).toEqual(documents);
    expect(documents).toHaveLength(2);
    for (const { truth, ocr } of documents) {
      // The truth is marked Vietnamese; the OCR lost most marks.
      expect(truth).not.toBe(stripMarks(truth));
      expect(ocr).not.toBe(truth);
      expect(ocr.length).toBeGreaterThan(truth.length / 2);
    }
    expect(documents[0].truth).not.toBe(documents[1].truth);
  });

  it('scores each document before and after restoration, and averages them', () => {
    const documents = [
      { truth: 'Liên minh Hợp tác xã', ocr: 'Lién minh Hop tac xa' },
      { truth: 'tỉnh Sơn La', ocr: 'tinh Son La' },
    ];
    const asIs: Restorer = { restore: (text) => ({ text, stats }) };
    const perfect: Restorer = { restore: (text) => ({ text: documents.find((document) => document.ocr === text)!.truth, stats }) };
    const before = documentWordErrors(asIs, documents);
    expect(before.before).toBeCloseTo((4 / 5 + 2 / 3) / 2, 6);
    expect(before.after).toBe(before.before);
    expect(documentWordErrors(perfect, documents)).toEqual({ before: before.before, after: 0 });
  });
});
