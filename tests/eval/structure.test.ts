import { describe, expect, it } from 'vitest';
import { fieldAccuracy, parseStructureLabels, scoreStructure, type StructureLabels } from '../../src/eval/structure.js';
import type { CampaignDocument } from '../../src/document.js';

const labels: StructureLabels = {
  documentType: 'ke-hoach',
  number: '514/KH-LMHTX',
  place: 'Đắk Nông',
  date: '2021-11-08',
  title: 'KẾ HOẠCH Triển khai phong trào thi đua đặc biệt',
  issuerName: 'LIÊN MINH HTX',
  topLevelSections: 3,
  recipients: 4,
  signerName: 'Nguyễn Khải',
};

function doc(overrides: Partial<CampaignDocument> = {}): CampaignDocument {
  const section = { label: 'I', heading: null, level: 1, text: '', children: [] };
  return {
    documentType: 'ke-hoach',
    header: {
      nationalTitle: null,
      motto: null,
      issuer: { parent: 'UBND TỈNH ĐẮK NÔNG', name: 'LIÊN MINH HTX' },
      number: '514/KH-LMHTX',
      place: 'Đắk Nông',
      date: '2021-11-08',
      dateText: 'ngày 08 tháng 11 năm 2021',
    },
    title: 'KẾ HOẠCH\nTriển khai  phong trào thi đua đặc biệt',
    sections: [section, section, section],
    recipients: ['a', 'b', 'c', 'd'],
    signature: { authority: 'TM. BAN CHẤP HÀNH', position: 'CHỦ TỊCH', name: 'Nguyễn Khải' },
    ...overrides,
  } as CampaignDocument;
}

describe('scoreStructure', () => {
  it('marks every field right when the document matches its labels, whitespace aside', () => {
    const scores = scoreStructure(doc(), labels);
    expect(scores.map((s) => s.field)).toEqual([
      'number', 'place', 'date', 'documentType', 'title', 'issuerName', 'topLevelSections', 'recipients', 'signerName',
    ]);
    expect(scores.every((s) => s.correct)).toBe(true);
  });

  it('marks a wrong number, a missing signature and a wrong section count as wrong', () => {
    const scores = scoreStructure(
      doc({ signature: null, sections: [], header: { ...doc().header, number: '14/KH-LMHTX' } }),
      labels,
    );
    const wrong = scores.filter((s) => !s.correct).map((s) => s.field);
    expect(wrong).toEqual(['number', 'topLevelSections', 'signerName']);
    expect(scores.find((s) => s.field === 'signerName')).toMatchObject({ expected: 'Nguyễn Khải', actual: null });
  });

  it('compares a null date label with a null date as right', () => {
    const scores = scoreStructure(doc({ header: { ...doc().header, date: null } }), { ...labels, date: null });
    expect(scores.find((s) => s.field === 'date')?.correct).toBe(true);
  });
});

describe('fieldAccuracy', () => {
  it('gives the share right per field and overall', () => {
    const right = scoreStructure(doc(), labels);
    const oneWrong = scoreStructure(doc({ documentType: 'khac' }), labels);
    const accuracy = fieldAccuracy([right, oneWrong]);
    expect(accuracy.perField.documentType).toBe(0.5);
    expect(accuracy.perField.number).toBe(1);
    expect(accuracy.overall).toBeCloseTo(17 / 18);
    expect(accuracy.documents).toBe(2);
  });
});

describe('parseStructureLabels', () => {
  it('accepts generator labels and rejects other JSON', () => {
    expect(parseStructureLabels({ ...labels, pages: 2, dpi: 200 })).not.toBeNull();
    expect(parseStructureLabels({ documentType: 'ke-hoach' })).toBeNull();
    expect(parseStructureLabels([1, 2])).toBeNull();
  });
});
