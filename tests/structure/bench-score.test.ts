import { describe, expect, it } from 'vitest';
import { parseStructureLabels, scoreStructure } from '../../src/bench/structure.js';
import { emptyHeader } from '../../src/document.js';
import type { StructuredFields } from '../../src/structure/types.js';

const result: StructuredFields = {
  documentType: 'ke-hoach',
  header: { ...emptyHeader(), number: '514/KH-LMHTX', place: 'Đắk Nông', date: '2021-11-08', issuer: { parent: null, name: 'LIÊN MINH HTX' } },
  title: 'KẾ HOẠCH  Triển khai phong trào',
  preamble: null,
  sections: [
    { label: 'I', heading: 'A', level: 1, text: '', children: [] },
    { label: 'II', heading: 'B', level: 1, text: '', children: [] },
  ],
  references: [],
  campaign: null,
  recipients: ['UBND tỉnh', 'Lưu: VT'],
  signature: { authority: null, position: 'CHỦ TỊCH', name: 'Nguyễn Khải' },
};

describe('structure scoring', () => {
  it('scores each field and the whole, ignoring white space in text and numbers', () => {
    const score = scoreStructure([
      {
        id: 'a',
        result,
        labels: {
          documentType: 'ke-hoach',
          number: '514 /KH-LMHTX',
          place: 'Đắk Nông',
          date: '2021-11-08',
          title: 'KẾ HOẠCH Triển khai phong trào',
          issuerName: 'LIÊN MINH HỢP TÁC XÃ',
          topLevelSections: 3,
          recipients: 2,
          signerName: 'Nguyễn Khải',
        },
      },
    ]);
    expect(score.fields.number).toEqual({ correct: 1, total: 1, accuracy: 1 });
    expect(score.fields.title.accuracy).toBe(1);
    expect(score.fields.issuerName.accuracy).toBe(0);
    expect(score.fields.topLevelSections.accuracy).toBe(0);
    expect(score.overall).toEqual({ correct: 7, total: 9, accuracy: 7 / 9 });
    expect(score.misses.map((m) => m.field)).toEqual(['issuerName', 'topLevelSections']);
  });

  it('takes curly and straight quotes for the same text', () => {
    const quoted = { ...result, title: 'PHÁT ĐỘNG Phong trào thi đua “Dân vận khéo” năm 2021' };
    const score = scoreStructure([{ id: 'q', result: quoted, labels: { title: 'PHÁT ĐỘNG Phong trào thi đua "Dân vận khéo" năm 2021' } }]);
    expect(score.overall.accuracy).toBe(1);
  });

  it('does not score fields a label file leaves out, and a null label matches a null result', () => {
    const score = scoreStructure([{ id: 'b', result: { ...result, signature: null }, labels: { signerName: null } }]);
    expect(score.overall).toEqual({ correct: 1, total: 1, accuracy: 1 });
    expect(score.fields.place.accuracy).toBeNull();
  });

  it('reads a label file, keeping the scored fields and rejecting wrong types', () => {
    expect(parseStructureLabels({ seed: 2, number: '335/TB-LMHTX', recipients: 6, date: null, dpi: 200 })).toEqual({
      number: '335/TB-LMHTX',
      recipients: 6,
      date: null,
    });
    expect(() => parseStructureLabels({ recipients: '6' })).toThrow(/recipients/u);
  });
});
