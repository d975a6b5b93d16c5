import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/pages.js';
import { mendRecipients, renumberHeadings } from '../../src/structure/mend.js';

const ocrPage = (number: number, text: string): PageText => ({ number, source: 'ocr', text, confidence: 0.9, lines: null });

describe('renumberHeadings', () => {
  it('writes a heading numeral the OCR dropped an I of, or misread, as its place calls for, across pages', () => {
    const pages = renumberHeadings([
      ocrPage(1, 'I. KẾT QUẢ THỰC HIỆN\nNội dung.\nI. TỒN TẠI, HẠN CHẾ'),
      ocrPage(2, '2\nII. PHƯƠNG HƯỚNG, NHIỆM VỤ\nIH. TỔ CHỨC THỰC HIỆN'),
    ]);
    expect(pages.map((p) => p.text)).toEqual([
      'I. KẾT QUẢ THỰC HIỆN\nNội dung.\nII. TỒN TẠI, HẠN CHẾ',
      '2\nIII. PHƯƠNG HƯỚNG, NHIỆM VỤ\nIV. TỔ CHỨC THỰC HIỆN',
    ]);
  });

  it('keeps a numeral that reads clearly as another, lines in lower case, and pages not OCR\'d', () => {
    const text = 'I. MỤC ĐÍCH\nIII. NỘI DUNG\nII. Nội dung này viết thường\nIV. TỔ CHỨC';
    expect(renumberHeadings([ocrPage(1, text)])[0].text).toBe(text);
    const printed: PageText = { number: 1, source: 'text-layer', text: 'I. MỤC ĐÍCH\nI. NỘI DUNG', confidence: null, lines: null };
    expect(renumberHeadings([printed])[0]).toBe(printed);
    const parts = 'A. KẾT QUẢ\nI. CÔNG TÁC CHỈ ĐẠO\nII. KẾT QUẢ CỤ THỂ\nB. PHƯƠNG HƯỚNG\nI. MỤC TIÊU';
    expect(renumberHeadings([ocrPage(1, parts)])[0].text).toBe(parts);
  });

  it('carries the new numeral onto the page\'s OCR lines', () => {
    const line = (text: string) => ({ text, confidence: 0.9, bbox: { x0: 0, y0: 0, x1: 10, y1: 10 }, words: [] });
    const page: PageText = { ...ocrPage(1, 'I. MỤC ĐÍCH\n\nI. NỘI DUNG'), lines: [line('I. MỤC ĐÍCH'), line('I. NỘI DUNG')] };
    expect(renumberHeadings([page])[0].lines?.map((l) => l.text)).toEqual(['I. MỤC ĐÍCH', 'II. NỘI DUNG']);
  });
});

describe('mendRecipients', () => {
  it('ends an entry read with ":" in ";" and reads "(b/O)" as "(b/c)", in the recipients only', () => {
    const text = [
      'Đề nghị các đơn vị thực hiện như sau:',
      '- Kết quả (b/O):',
      'Nơi nhận:',
      '- Liên minh HTX Việt Nam (b/O);',
      '- Ban Thi đua - Khen thưởng:',
      '- Các hợp tác xã, liên hiệp hợp tác',
      'xã:',
      '- Lưu: VT, TH.',
      'TM. BAN THƯỜNG VỤ',
      '- Ghi chú:',
    ].join('\n');
    expect(mendRecipients([ocrPage(1, text)])[0].text.split('\n')).toEqual([
      'Đề nghị các đơn vị thực hiện như sau:',
      '- Kết quả (b/O):',
      'Nơi nhận:',
      '- Liên minh HTX Việt Nam (b/c);',
      '- Ban Thi đua - Khen thưởng;',
      '- Các hợp tác xã, liên hiệp hợp tác',
      'xã:',
      '- Lưu: VT, TH.',
      'TM. BAN THƯỜNG VỤ',
      '- Ghi chú:',
    ]);
  });
});
