import { describe, expect, it } from 'vitest';
import type { OcrLine } from '../../src/ocr/types.js';
import { columnBreak, splitColumns } from '../../src/structure/header-columns.js';

function ocrLine(words: Array<[string, number, number]>): OcrLine {
  return {
    text: words.map(([t]) => t).join(' '),
    confidence: 0.9,
    bbox: { x0: words[0][1], y0: 100, x1: words[words.length - 1][2], y1: 130 },
    words: words.map(([text, x0, x1]) => ({ text, confidence: 0.9, bbox: { x0, y0: 100, x1, y1: 130 } })),
  };
}

describe('header columns', () => {
  it('splits a side-by-side header line at the national title', () => {
    expect(splitColumns('ỦY BAN MTTQ VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual([
      'ỦY BAN MTTQ VIỆT NAM',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    ]);
  });

  it('splits at the motto and at the place before "ngày"', () => {
    expect(splitColumns('~ TỈNH SƠN LA Độc lập - Tự do - Hạnh phúc')).toEqual(['~ TỈNH SƠN LA', 'Độc lập - Tự do - Hạnh phúc']);
    expect(splitColumns('Số:514 /KH-LMHTX Đắk Nông, ngày 08 tháng 11 năm 2021')).toEqual([
      'Số:514 /KH-LMHTX',
      'Đắk Nông, ngày 08 tháng 11 năm 2021',
    ]);
    expect(splitColumns('Số: 12/KH-UBND Thành phố Hồ Chí Minh, ngày 02 tháng 3 năm 2024')[1]).toBe(
      'Thành phố Hồ Chí Minh, ngày 02 tháng 3 năm 2024',
    );
  });

  it('splits at a run of spaces and leaves a one-column line whole', () => {
    expect(splitColumns('LIÊN MINH HTX     GIÁM ĐỐC')).toEqual(['LIÊN MINH HTX', 'GIÁM ĐỐC']);
    expect(splitColumns('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toEqual(['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  });

  it('finds the column gap in word boxes and uses it over the text', () => {
    const line = ocrLine([
      ['LIÊN', 100, 160],
      ['MINH', 172, 240],
      ['HTX', 252, 300],
      ['Độc', 900, 950],
      ['lập', 962, 1000],
    ]);
    expect(columnBreak(line, 2480)).toBe(3);
    expect(splitColumns('LIÊN MINH HTX Độc lập', 3)).toEqual(['LIÊN MINH HTX', 'Độc lập']);
  });

  it('finds no column gap in an evenly spaced line', () => {
    const line = ocrLine([
      ['Thực', 100, 160],
      ['hiện', 175, 230],
      ['Kế', 245, 280],
      ['hoạch', 295, 370],
    ]);
    expect(columnBreak(line, 2480)).toBeNull();
  });
});
