import { describe, expect, it } from 'vitest';
import { cleanNumber, findReferences } from '../../src/structure/references.js';

describe('references', () => {
  it('reads type, number, date and issuer of a cited document', () => {
    expect(
      findReferences('Thực hiện Kế hoạch số 1115/KH-BCH ngày 18/12/2024 của Ban Chấp hành Liên minh Hợp tác xã Việt Nam về Tổ chức phát động'),
    ).toEqual([
      { type: 'Kế hoạch', number: '1115/KH-BCH', date: '2024-12-18', issuer: 'Ban Chấp hành Liên minh Hợp tác xã Việt Nam' },
    ]);
  });

  it('reads party, government and worded-date citations', () => {
    const refs = findReferences(
      'Chỉ thị số 41-\nCT/TW ngày 26/12/2024 của Bộ Chính trị về tăng cường; Quyết định số 167/QĐ-TTg ngày 03/02/2021 của Thủ tướng Chính phủ; ' +
        'Nghị Quyết 105/NQ-CP ngày 9 tháng 9 năm 2021 của Chính phủ về hỗ trợ doanh nghiệp.',
    );
    expect(refs).toEqual([
      { type: 'Chỉ thị', number: '41-CT/TW', date: '2024-12-26', issuer: 'Bộ Chính trị' },
      { type: 'Quyết định', number: '167/QĐ-TTg', date: '2021-02-03', issuer: 'Thủ tướng Chính phủ' },
      { type: 'Nghị quyết', number: '105/NQ-CP', date: '2021-09-09', issuer: 'Chính phủ' },
    ]);
  });

  it('keeps capitalised words of an issuer and stops at lower-case linking words', () => {
    const [ref] = findReferences('theo Công văn số 12/STC-NS ngày 01/02/2023 của Bộ Tài chính và Ban Chấp hành Trung ương Đảng');
    expect(ref.issuer).toBe('Bộ Tài chính');
    const [party] = findReferences('Kết luận số 5-KL/TW của Ban Chấp hành Trung ương Đảng về công tác');
    expect(party.issuer).toBe('Ban Chấp hành Trung ương Đảng');
  });

  it('reads a citation the same with a long text after it, as on a page of old OCR text', () => {
    const citation = 'Thực hiện Kế hoạch số 1115/KH-BCH ngày 18/12/2024 của Ban Chấp hành Liên minh Hợp tác xã Việt Nam về Tổ chức phát động';
    const law = 'đặc biệt là Luật Thi đua, khen thưởng năm 2022 và các văn bản pháp luật';
    const filler = ' Các hợp tác xã tiếp tục đổi mới, nâng cao hiệu quả hoạt động sản xuất kinh doanh.'.repeat(2000);
    expect(findReferences(`${citation}${filler} ${law}${filler}`)).toEqual([...findReferences(citation), ...findReferences(law)]);
  });

  it('records a named law without a number', () => {
    expect(findReferences('đặc biệt là Luật Thi đua, khen thưởng năm 2022 và các văn bản pháp luật')).toEqual([
      { type: 'Luật Thi đua, khen thưởng', number: null, date: null, issuer: null },
    ]);
  });

  it('deduplicates a document cited twice and fills in what the first citation lacked', () => {
    const refs = findReferences('Chỉ thị số 19/CT-TTg; nội dung Chỉ thị số 19/CT- TTg ngày 01/06/2021 của Thủ tướng Chính phủ.');
    expect(refs).toEqual([{ type: 'Chỉ thị', number: '19/CT-TTg', date: '2021-06-01', issuer: 'Thủ tướng Chính phủ' }]);
  });

  it('skips citations without a number and the document citing itself', () => {
    expect(findReferences('theo Kế hoạch này và Nghị quyết Đại hội Đảng các cấp; pháp luật về thi đua')).toEqual([]);
    expect(findReferences('Kế hoạch số 514/KH-LMHTX', '514/KH-LMHTX')).toEqual([]);
  });

  it('cleans spaces and end punctuation from a printed number', () => {
    expect(cleanNumber('19/CT- TTg.')).toBe('19/CT-TTg');
  });
});
