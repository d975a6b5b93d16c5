import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/pages.js';
import {
  dropSignatureScrawl,
  mendFixedLines,
  mendHeaderPlaces,
  mendNumberLine,
  mendOcrText,
  mendRecipients,
  mendSignatureTitles,
  mendCitedTypes,
  mendSignerName,
  pairQuotes,
  placeNationalTitle,
  renumberHeadings,
} from '../../src/structure/mend.js';

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

  it('gives back the dot a heading numeral lost or had misread', () => {
    const text = 'I KẾT QUẢ THỰC HIỆN\nNội dung.\nII, TỒN TẠI, HẠN CHẾ\nIII.PHƯƠNG HƯỚNG';
    expect(renumberHeadings([ocrPage(1, text)])[0].text).toBe('I. KẾT QUẢ THỰC HIỆN\nNội dung.\nII. TỒN TẠI, HẠN CHẾ\nIII. PHƯƠNG HƯỚNG');
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

describe('mendRecipients, the last entry', () => {
  it('reads "Lưu: VI" as "Lưu: VT", gives a lost dash and the space after a comma back', () => {
    const list = (last: string) => ['Nơi nhận:', '- UBND tỉnh (b/©);', last, 'TM. BAN THƯỜNG VỤ'].join('\n');
    const mended = (last: string) => mendRecipients([ocrPage(1, list(last))])[0].text.split('\n').slice(1, 3);
    expect(mended('- Lưu: VI, CSTT.')).toEqual(['- UBND tỉnh (b/c);', '- Lưu: VT, CSTT.']);
    expect(mended('Lưu: VT, TĐKT.')).toEqual(['- UBND tỉnh (b/c);', '- Lưu: VT, TĐKT.']);
    expect(mended('- Lưu: VT,TH.')).toEqual(['- UBND tỉnh (b/c);', '- Lưu: VT, TH.']);
    // A code that only begins with V stays.
    expect(mended('- Lưu: VP, VIP.')).toEqual(['- UBND tỉnh (b/c);', '- Lưu: VP, VIP.']);
    expect(mended('- Thường trực Tỉnh ủy (b/C);')).toEqual(['- UBND tỉnh (b/c);', '- Thường trực Tỉnh ủy (b/c);']);
  });

  it('leaves a "Lưu:" outside the recipients', () => {
    const text = 'Lưu: VI bản chính tại văn phòng.';
    expect(mendRecipients([ocrPage(1, text)])[0].text).toBe(text);
  });
});

describe('mendNumberLine', () => {
  const line = (text: string) => ({ text, confidence: 0.9, bbox: { x0: 0, y0: 0, x1: 10, y1: 10 }, words: [] });

  it('puts a number read on the line after its "Số:" back on it, OCR lines too', () => {
    const text = 'ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\nSố:\n6/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
    const nonBlank = text.split('\n').filter((l) => l !== '');
    const [page] = mendNumberLine([{ ...ocrPage(1, text), lines: nonBlank.map(line) }]);
    expect(page.text).toBe('ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\nSố: 6/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(page.lines?.map((l) => l.text)).toEqual(['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NINH', 'Số: 6/KH-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']);
  });

  it('drops a dot read after the number\'s slash', () => {
    expect(mendNumberLine([ocrPage(1, 'LIÊN MINH HTX TỈNH\nSố: 640/.LMHTX-CSTT')])[0].text).toBe('LIÊN MINH HTX TỈNH\nSố: 640/LMHTX-CSTT');
  });

  it('leaves a "Số:" followed by no number, and pages not OCR\'d', () => {
    const text = 'Số:\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n6/KH-UBND';
    expect(mendNumberLine([ocrPage(1, text)])[0].text).toBe(text);
    const printed: PageText = { number: 1, source: 'text-layer', text: 'Số:\n6/KH-UBND', confidence: null, lines: null };
    expect(mendNumberLine([printed])[0]).toBe(printed);
  });
});

describe('mendFixedLines', () => {
  it('writes the national title and motto as printed, and drops an underscore before a numbered heading', () => {
    const text = ['SỞ CÔNG THƯƠNG   ', 'CỘNG HÓA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '  Độc lập - Tự-do - Hạnh phúc', '_1.Mục tiêu', '_2. Nội dung thi đua', 'a_b', '_3.5 lần'].join('\n');
    expect(mendFixedLines([ocrPage(1, text)])[0].text.split('\n')).toEqual([
      'SỞ CÔNG THƯƠNG   ',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '  Độc lập - Tự do - Hạnh phúc',
      '1.Mục tiêu',
      '2. Nội dung thi đua',
      'a_b',
      '_3.5 lần',
    ]);
  });

  it('keeps a motto printed with en dashes, a line that only contains the title, the title in body text, and pages not OCR\'d', () => {
    const text = 'Độc lập – Tự do – Hạnh phúc\nNƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCộng hòa xã hội chủ nghĩa Việt Nam.\nCộng hoà xã hội chủ nghĩa Việt Nam';
    expect(mendFixedLines([ocrPage(1, text)])[0].text).toBe(text);
    const printed: PageText = { number: 1, source: 'text', text: 'CỘNG HÓA XÃ HỘI CHỦ NGHĨA VIỆT NAM', confidence: null, lines: null };
    expect(mendFixedLines([printed])[0]).toBe(printed);
  });
});

describe('dropSignatureScrawl', () => {
  const line = (text: string) => ({ text, confidence: 0.9, bbox: { x0: 0, y0: 0, x1: 10, y1: 10 }, words: [] });
  const closing = (...between: string[]) => ['- Lưu: VT, VP.', 'TM. BAN THƯỜNG VỤ', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', ...between, 'Lý Công Lực'];

  it('drops what the engine read in the pen strokes between the post and the name, OCR lines too', () => {
    for (const scrawl of [['NAVN'], ['&v.z'], ['N7', '/v'], ['0V/VNm/'], ['AT”']]) {
      const text = closing('', ...scrawl, '').join('\n');
      const nonBlank = text.split('\n').filter((l) => l.trim() !== '');
      const [page] = dropSignatureScrawl([{ ...ocrPage(2, text), lines: nonBlank.map(line) }]);
      expect(page.text.split('\n').filter((l) => l.trim() !== ''), scrawl.join(' ')).toEqual(closing());
      expect(page.lines?.map((l) => l.text)).toEqual(closing());
    }
  });

  it('keeps print there: "(Đã ký)", a post read in two, a longer line; and pages not OCR\'d', () => {
    for (const between of [['(Đã ký)'], ['PHÓ CHỦ'], ['PHÓ GI]ÁM ĐỐC'], ['NAVN', 'Nơi nhận các đơn vị'], ['Đã ký']]) {
      const text = closing(...between).join('\n');
      expect(dropSignatureScrawl([ocrPage(1, text)])[0].text).toBe(text);
    }
    const printed: PageText = { number: 1, source: 'text-layer', text: closing('NAVN').join('\n'), confidence: null, lines: null };
    expect(dropSignatureScrawl([printed])[0]).toBe(printed);
    // No name after the post: nothing is known to be a signature's place.
    const noName = ['PHÓ CHỦ TỊCH', 'NAVN'].join('\n');
    expect(dropSignatureScrawl([ocrPage(1, noName)])[0].text).toBe(noName);
  });
});

describe('mendSignerName', () => {
  const families = new Set(['Nguyễn', 'Đinh', 'Phan', 'Phạm', 'Hồ', 'Ngô', 'Tô', 'Lương', 'Lường', 'Hoàng']);
  const signed = (name: string) => ['- Lưu: VT.', 'TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH', name].join('\n');
  const nameOf = (page: PageText) => page.text.split('\n').at(-1);

  it('reads a family name the OCR misread as the one it differs from by its marks, or by one letter', () => {
    expect(nameOf(mendSignerName([ocrPage(1, signed('Đỉnh Hồng Nhung'))], families)[0])).toBe('Đinh Hồng Nhung');
    expect(nameOf(mendSignerName([ocrPage(1, signed('Phần Xuân Phúc'))], families)[0])).toBe('Phan Xuân Phúc');
    expect(nameOf(mendSignerName([ocrPage(1, signed('Hỗ Ngọc Hoa'))], families)[0])).toBe('Hồ Ngọc Hoa');
    // Marks no Vietnamese word has count as marks too.
    expect(nameOf(mendSignerName([ocrPage(1, signed('Hơäng Hồng Hạnh'))], families)[0])).toBe('Hoàng Hồng Hạnh');
    // "Tô" is one letter away too, but by leaving one out, which is not how OCR misreads a letter.
    expect(nameOf(mendSignerName([ocrPage(1, signed('Tgô Xuân Huy'))], families)[0])).toBe('Ngô Xuân Huy');
  });

  it('finds the name after the recipients\' "- Lưu:" where the post was misread past knowing', () => {
    const text = ['- Lưu: VT, VP.', '', 'TM. HỘI ĐỒNG', 'CHÚ NỊCH', '', 'LÁ', '', 'Ngũ Hữu Dũng'].join('\n');
    expect(nameOf(mendSignerName([ocrPage(1, text)], families)[0])).toBe('Ngô Hữu Dũng');
  });

  it('carries the name onto the OCR line', () => {
    const line = (text: string) => ({ text, confidence: 0.9, bbox: { x0: 0, y0: 0, x1: 10, y1: 10 }, words: [] });
    const text = signed('Đỉnh Hồng Nhung');
    const [page] = mendSignerName([{ ...ocrPage(1, text), lines: text.split('\n').map(line) }], families);
    expect(page.lines?.at(-1)?.text).toBe('Đinh Hồng Nhung');
  });

  it('leaves a family name it knows, one two family names are as close to, a name not after a post, and text-layer pages', () => {
    for (const name of ['Nguyễn Văn An', 'Lượng Văn Tâm', 'Mạc Văn Tâm']) {
      expect(nameOf(mendSignerName([ocrPage(1, signed(name))], families)[0])).toBe(name);
    }
    const noPost = 'Đỉnh Hồng Nhung';
    expect(mendSignerName([ocrPage(1, noPost)], families)[0].text).toBe(noPost);
    const printed: PageText = { number: 1, source: 'text-layer', text: signed('Đỉnh Hồng Nhung'), confidence: null, lines: null };
    expect(mendSignerName([printed], families)[0]).toBe(printed);
  });
});

describe('mendSignatureTitles', () => {
  const titles = new Set(['TM. BAN THƯỜNG VỤ', 'TM. BAN THƯỜNG TRỰC', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'CHỦ TỊCH', 'KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']);
  const closing = (...block: string[]) => ['Nơi nhận:', '- Như trên;', '- Lưu: VT.', ...block, 'Lý Công Lực'].join('\n');

  it('writes the signature block\'s lines a letter or two off a title as that title', () => {
    const text = closing('TM.BAN THƯỜNG VỤ', 'XKT.CHỦ TỊCH', 'PHÔ CHỦ TỊCH');
    expect(mendSignatureTitles([ocrPage(2, text)], titles)[0].text).toBe(closing('TM. BAN THƯỜNG VỤ', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'));
    const gap = closing('KTE. BIÁM ĐỐC', 'PHÓ GI]ÁM ĐỐC');
    expect(mendSignatureTitles([ocrPage(2, gap)], titles)[0].text).toBe(closing('KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'));
  });

  it('joins a post the reading order cut in two, neither part a title alone', () => {
    const withDirector = new Set([...titles, 'GIÁM ĐỐC']);
    expect(mendSignatureTitles([ocrPage(2, closing('GIẤM', 'ĐỐC'))], withDirector)[0].text).toBe(closing('GIÁM ĐỐC'));
    expect(mendSignatureTitles([ocrPage(2, closing('KT. GIÁM', 'ĐỐC'))], withDirector)[0].text).toBe(closing('KT. GIÁM ĐỐC'));
    // A title alone is no part to join; nor is the line after it.
    const whole = closing('KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC');
    expect(mendSignatureTitles([ocrPage(2, whole)], withDirector)[0].text).toBe(whole);
  });

  it('leaves lines far from every title, the name, lines before "Lưu:", and pages not OCR\'d', () => {
    const text = closing('TM. ỦY BAN NHÂN DÂN', 'PHÓ CHỦ', 'TM. BAN THƯỜNG TRỰC');
    expect(mendSignatureTitles([ocrPage(1, text)], titles)[0].text).toBe(text);
    const before = 'PHÔ CHỦ TỊCH\n- Lưu: VT.';
    expect(mendSignatureTitles([ocrPage(1, before)], titles)[0].text).toBe(before);
    const printed: PageText = { number: 1, source: 'text-layer', text: closing('PHÔ CHỦ TỊCH'), confidence: null, lines: null };
    expect(mendSignatureTitles([printed], titles)[0]).toBe(printed);
  });
});

describe('placeNationalTitle', () => {
  const box = (x0: number, x1: number) => ({ x0, y0: 100, x1, y1: 130 });
  const word = (text: string, x0: number) => ({ text, confidence: 0.9, bbox: box(x0, x0 + 10 * [...text].length) });
  /** An OCR line of these words, each 20 px after the one before. */
  const line = (text: string) => {
    let x = 0;
    const words = text.split(' ').map((w) => {
      const made = word(w, x);
      x = made.bbox.x1 + 20;
      return made;
    });
    return { text, confidence: 0.9, bbox: box(0, x - 20), words };
  };
  const withLines = (text: string): PageText => ({ ...ocrPage(1, text), lines: text.split('\n').filter((l) => l !== '').map(line) });

  it('cuts the title off the end of the left column\'s first line and sets it above the motto, its words and boxes too', () => {
    const text = ['ỦY BAN MẶT TRẬN TỔ QUỐC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '', 'VIỆT NAM TỈNH KHÁNH HÒA', 'Số: 340/BC-MTTQ', '', 'Độc lập - Tự do -', 'Hạnh phúc', 'Khánh Hòa, ngày 15 tháng 02 năm 2020'].join('\n');
    const [page] = placeNationalTitle([withLines(text)]);
    expect(page.text.split('\n')).toEqual([
      'ỦY BAN MẶT TRẬN TỔ QUỐC',
      '',
      'VIỆT NAM TỈNH KHÁNH HÒA',
      'Số: 340/BC-MTTQ',
      '',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Khánh Hòa, ngày 15 tháng 02 năm 2020',
    ]);
    expect(page.lines?.map((l) => l.text)).toEqual(page.text.split('\n').filter((l) => l !== ''));
    const [issuer, , , title, motto] = page.lines ?? [];
    expect(issuer.words.map((w) => w.text)).toEqual(['ỦY', 'BAN', 'MẶT', 'TRẬN', 'TỔ', 'QUỐC']);
    expect(title.words.map((w) => w.text)).toEqual(['CỘNG', 'HÒA', 'XÃ', 'HỘI', 'CHỦ', 'NGHĨA', 'VIỆT', 'NAM']);
    expect(title.bbox.x0).toBe(title.words[0].bbox.x0);
    expect(issuer.bbox.x1).toBe(issuer.words[5].bbox.x1);
    expect(motto.words.map((w) => w.text)).toEqual(['Độc', 'lập', '-', 'Tự', 'do', '-', 'Hạnh', 'phúc']);
  });

  it('moves a title read between the left column\'s lines, a letter misread, to above the motto', () => {
    const text = ['UBMTTQ VIỆT NAM TỈNH ĐẮK', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAN', '', 'LẮK', 'LIÊN MINH HTX ĐẮK LẮK', 'Số: 1111/TB-LMHTX', '', 'Độc lập - Tự do - Hạnh phúc'].join('\n');
    expect(placeNationalTitle([withLines(text)])[0].text.split('\n')).toEqual([
      'UBMTTQ VIỆT NAM TỈNH ĐẮK',
      '',
      'LẮK',
      'LIÊN MINH HTX ĐẮK LẮK',
      'Số: 1111/TB-LMHTX',
      '',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
    ]);
  });

  it('leaves a header read in order, the title in body text, a page with no motto, and pages not OCR\'d', () => {
    const inOrder = withLines(['ỦY BAN NHÂN DÂN', 'TỈNH SƠN LA', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'].join('\n'));
    expect(placeNationalTitle([inOrder])[0]).toBe(inOrder);
    const body = withLines(['ỦY BAN NHÂN DÂN', 'chào mừng Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam', 'SỞ NỘI VỤ', 'Độc lập - Tự do - Hạnh phúc'].join('\n'));
    expect(placeNationalTitle([body])[0]).toBe(body);
    const noMotto = withLines(['SỞ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Số: 12/KH-SNV'].join('\n'));
    expect(placeNationalTitle([noMotto])[0]).toBe(noMotto);
    const printed: PageText = { number: 1, source: 'text-layer', text: 'SỞ NỘI VỤ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 1\nĐộc lập - Tự do - Hạnh phúc', confidence: null, lines: null };
    expect(placeNationalTitle([printed])[0]).toBe(printed);
  });
});

describe('pairQuotes', () => {
  it('writes a quotation\'s closing quote in its opening one\'s style, on OCR pages only', () => {
    const text = 'phong trào "Phụ nữ tích cực học tập” năm 2026\nthi đua “Dân vận khéo" và "Ba sẵn sàng"\n“Đúng” và "sai"';
    expect(pairQuotes([ocrPage(1, text)])[0].text).toBe('phong trào "Phụ nữ tích cực học tập" năm 2026\nthi đua “Dân vận khéo” và "Ba sẵn sàng"\n“Đúng” và "sai"');
    const printed: PageText = { number: 1, source: 'text', text: '"Phụ nữ”', confidence: null, lines: null };
    expect(pairQuotes([printed])[0]).toBe(printed);
  });
});

describe('mendHeaderPlaces', () => {
  const places = new Set(['Tuyên Quang', 'Đắk Lắk', 'Khánh Hòa', 'Buôn Ma Thuột', 'Lạng Sơn', 'Hòa Bình', 'Hoà Bình']);

  it('writes the places the header names as the lexicon spells them, and "TÍNH" in capitals as "TỈNH"', () => {
    const text = [
      'LIÊN MINH HTX TÍNH',
      'ĐẮK LĂK',
      'ỦY BAN NHÂN DÂN TỈNH TUYẾN QUANG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Buôn Ma Thuốt, ngày 28 tháng 11 năm 2026',
    ].join('\n');
    expect(mendHeaderPlaces([ocrPage(1, text)], places)[0].text.split('\n')).toEqual([
      'LIÊN MINH HTX TỈNH',
      'ĐẮK LẮK',
      'ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Buôn Ma Thuột, ngày 28 tháng 11 năm 2026',
    ]);
  });

  it('leaves "tính" in body text, a place two spellings fold to, a name no place, and pages not OCR\'d', () => {
    const text = ['SỞ TÀI CHÍNH TỈNH HOÀ BÌNH', 'Căn cứ cách tính điểm thi đua', 'Hà Giang, ngày 2 tháng 3 năm 2024', 'ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI'].join('\n');
    expect(mendHeaderPlaces([ocrPage(1, text)], places)[0].text).toBe(text);
    const printed: PageText = { number: 1, source: 'text-layer', text: 'LIÊN MINH HTX TÍNH\nĐẮK LĂK', confidence: null, lines: null };
    expect(mendHeaderPlaces([printed], places)[0]).toBe(printed);
  });
});

describe('mendOcrText', () => {
  it('runs every mend on an OCR page, with the lexicon\'s titles and family names', () => {
    const terms = (kind: string) => new Set(kind === 'title' ? ['PHÓ CHỦ TỊCH', 'TM. BAN THƯỜNG VỤ'] : kind === 'family-name' ? ['Đinh'] : []);
    const text = ['Số:', '6/KH-UBND', 'I KẾT QUẢ', 'Nơi nhận:', 'Lưu: VI.', 'TM: BẠN THƯỜNG VỤ', 'PHÔ CHỦ TỊCH', 'NAVN', 'Đỉnh Hồng Nhung'].join('\n');
    expect(mendOcrText([ocrPage(1, text)], terms)[0].text.split('\n')).toEqual([
      'Số: 6/KH-UBND',
      'I. KẾT QUẢ',
      'Nơi nhận:',
      '- Lưu: VT.',
      'TM. BAN THƯỜNG VỤ',
      'PHÓ CHỦ TỊCH',
      'Đinh Hồng Nhung',
    ]);
  });
});

describe('mendCitedTypes', () => {
  const types = new Set(['Hướng dẫn', 'Kế hoạch', 'Quyết định', 'Thông báo']);

  it('writes a cited document\'s type as its code names it, where only marks are off', () => {
    const text = 'Căn cứ Hướng dân số 1595/HD-BTĐKT ngày 03/07/2016;\nthực hiện kê hoạch số 12/KH-UBND và QUYÊT ĐINH số 7/QĐ-LMHTX.';
    expect(mendCitedTypes([ocrPage(1, text)], types)[0].text).toBe(
      'Căn cứ Hướng dẫn số 1595/HD-BTĐKT ngày 03/07/2016;\nthực hiện kế hoạch số 12/KH-UBND và QUYẾT ĐỊNH số 7/QĐ-LMHTX.',
    );
  });

  it('leaves "dân số", a code of another type, and text not OCR\'d', () => {
    const text = 'Tổng dân số 1.200 người; Hướng dân số 12/KH-UBND';
    expect(mendCitedTypes([ocrPage(1, text)], types)[0].text).toBe(text);
    const printed: PageText = { number: 1, source: 'text-layer', text: 'Hướng dân số 1595/HD-BTĐKT', confidence: null, lines: null };
    expect(mendCitedTypes([printed], types)[0].text).toBe(printed.text);
  });
});
