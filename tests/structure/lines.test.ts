import { describe, expect, it } from 'vitest';
import { documentLines, stripMarkdown, stripSpecks } from '../../src/structure/lines.js';
import { joinLines } from '../../src/structure/text-join.js';

describe('lines', () => {
  it('strips markdown heading and emphasis marks', () => {
    expect(stripMarkdown('### **II. MỤC TIÊU VÀ NỘI DUNG THI ĐUA**')).toBe('II. MỤC TIÊU VÀ NỘI DUNG THI ĐUA');
    expect(stripMarkdown('*2.1 Cờ thi đua*')).toBe('2.1 Cờ thi đua');
    expect(stripMarkdown('**TM. BAN CHẤP HÀNH  ')).toBe('TM. BAN CHẤP HÀNH');
  });

  it('removes scanner specks and reads "~" opening a list item as a dash', () => {
    expect(stripSpecks('_ HTX tỉnh xây dựng')).toBe('HTX tỉnh xây dựng');
    expect(stripSpecks('như sau: :')).toBe('như sau:');
    expect(stripSpecks('PHÁT ĐỘNG (')).toBe('PHÁT ĐỘNG');
    expect(stripSpecks('. PHÁT ĐỘNG')).toBe('PHÁT ĐỘNG');
    expect(stripSpecks('.PHÁT ĐỘNG Đợt thi đua')).toBe('PHÁT ĐỘNG Đợt thi đua');
    expect(stripSpecks('"3. Kết quả đạt được')).toBe('3. Kết quả đạt được');
    expect(stripSpecks('...5. Tổ chức thực hiện')).toBe('5. Tổ chức thực hiện');
    expect(stripSpecks('..H.NỘI DUNG, CHỈ TIÊU THI ĐUA')).toBe('H.NỘI DUNG, CHỈ TIÊU THI ĐUA');
    expect(stripSpecks('...và các đơn vị khác')).toBe('...và các đơn vị khác');
    expect(stripSpecks('"Ba sẵn sàng" là phong trào')).toBe('"Ba sẵn sàng" là phong trào');
    expect(stripSpecks('ˆ Kết luận của lãnh đạo')).toBe('Kết luận của lãnh đạo');
    expect(stripSpecks('- Tạo khí thế')).toBe('- Tạo khí thế');
    expect(stripSpecks('~ UBND tỉnh Ninh Thuận (b/c);')).toBe('- UBND tỉnh Ninh Thuận (b/c);');
    expect(stripSpecks('.- UBND tỉnh (b/c);')).toBe('- UBND tỉnh (b/c);');
    expect(stripSpecks('thực hiện./.')).toBe('thực hiện./.');
  });

  it('takes every line of a page with more lines than a call takes arguments (old OCR text without form feeds)', () => {
    const text = 'Điều khoản\n'.repeat(300_000);
    const lines = documentLines({ text, pages: [{ number: 1, source: 'text', confidence: null, text, lines: null }] });
    expect(lines).toHaveLength(300_001);
    expect(lines[299_999]).toEqual({ text: 'Điều khoản', page: 1, boxSplit: null });
  });

  it('drops page numbers and maps OCR word boxes to column splits', () => {
    const words = (spec: Array<[string, number, number]>) =>
      spec.map(([text, x0, x1]) => ({ text, confidence: 0.9, bbox: { x0, y0: 10, x1, y1: 40 } }));
    const lines = documentLines({
      text: '',
      pages: [
        {
          number: 1,
          source: 'ocr',
          confidence: 0.9,
          width: 2480,
          height: 3508,
          text: 'LIÊN MINH HTX Độc lập\n\n2',
          lines: [
            { text: 'LIEN MINH HTX Doc lap', confidence: 0.9, bbox: { x0: 100, y0: 10, x1: 1000, y1: 40 }, words: words([['LIEN', 100, 160], ['MINH', 172, 240], ['HTX', 252, 300], ['Doc', 900, 950], ['lap', 962, 1000]]) },
            { text: '2', confidence: 0.9, bbox: { x0: 1200, y0: 3400, x1: 1220, y1: 3430 }, words: words([['2', 1200, 1220]]) },
          ],
        },
      ],
    });
    expect(lines).toEqual([
      { text: 'LIÊN MINH HTX Độc lập', page: 1, boxSplit: 3 },
      { text: '', page: 1, boxSplit: null },
    ]);
  });

  it('joins wrapped lines and breaks paragraphs only after a sentence end', () => {
    expect(joinLines(['xây dựng hệ thống Liên minh', '', 'HTX tỉnh vững mạnh.', '', 'Đẩy mạnh các phong trào'])).toBe(
      'xây dựng hệ thống Liên minh HTX tỉnh vững mạnh.\nĐẩy mạnh các phong trào',
    );
    expect(joinLines(['Chỉ thị số 41-', 'CT/TW ngày 26/12/2024'])).toBe('Chỉ thị số 41-CT/TW ngày 26/12/2024');
  });
});
