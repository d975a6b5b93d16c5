import { describe, expect, it } from 'vitest';
import { findWordedDates, isoDate, leadingDate } from '../../src/structure/dates.js';

describe('dates', () => {
  it('reads a worded date as ISO and keeps the phrase as printed', () => {
    const [found] = findWordedDates('Sơn La, ngày 29 tháng 01 năm 2026');
    expect(found.date).toBe('2026-01-29');
    expect(found.text).toBe('ngày 29 tháng 01 năm 2026');
  });

  it('gives no date for a form whose day is left blank, but keeps the text', () => {
    const [found] = findWordedDates('Đắk Nông, ngày     tháng 12 năm 2019');
    expect(found.date).toBeNull();
    expect(found.text).toBe('ngày tháng 12 năm 2019');
  });

  it('reads digits that OCR printed as letters ("o8")', () => {
    expect(findWordedDates('Pak Nong, ngay o8 thang 11 nam 2021')[0].date).toBe('2021-11-08');
  });

  it('reads date words whose vowels or final OCR garbled', () => {
    expect(findWordedDates('Hải Dương, ngày 28 thúng 7 năm 2019')[0].date).toBe('2019-07-28');
    expect(findWordedDates('Gia Nghĩa, ngày 16 tháng 01 năn 2024')[0].date).toBe('2024-01-16');
  });

  it('rejects impossible dates', () => {
    expect(isoDate(31, 2, 2024)).toBeNull();
    expect(isoDate(29, 2, 2024)).toBe('2024-02-29');
    expect(leadingDate('18/12/2024')?.date).toBe('2024-12-18');
    expect(leadingDate('40/12/2024')?.date).toBeNull();
  });

  it('reads a date at the start of a phrase, numeric or worded', () => {
    expect(leadingDate('10/9/2021 của Thủ tướng')).toEqual({ date: '2021-09-10', length: 9 });
    expect(leadingDate('04 tháng 8 năm 2021 của Liên minh')?.date).toBe('2021-08-04');
    expect(leadingDate('của Bộ Chính trị')).toBeNull();
  });
});
