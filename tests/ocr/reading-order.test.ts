import { describe, expect, it } from 'vitest';
import { orderPage, splitAtGutters } from '../../src/ocr/reading-order.js';
import type { OcrLine, OcrWord } from '../../src/ocr/types.js';

const CHAR_W = 20;
const LINE_H = 40;

/** Words laid out left to right from x, one space (one char width) apart, on the line at y. */
function words(text: string, x: number, y: number, slope = 0): OcrWord[] {
  const out: OcrWord[] = [];
  let cursor = x;
  for (const w of text.split(' ')) {
    const dy = Math.round(cursor * slope);
    out.push({ text: w, confidence: 0.9, bbox: { x0: cursor, y0: y + dy, x1: cursor + w.length * CHAR_W, y1: y + dy + LINE_H } });
    cursor += (w.length + 1) * CHAR_W;
  }
  return out;
}

function line(ws: OcrWord[]): OcrLine {
  return {
    text: ws.map((w) => w.text).join(' '),
    confidence: 0.9,
    bbox: {
      x0: Math.min(...ws.map((w) => w.bbox.x0)),
      y0: Math.min(...ws.map((w) => w.bbox.y0)),
      x1: Math.max(...ws.map((w) => w.bbox.x1)),
      y1: Math.max(...ws.map((w) => w.bbox.y1)),
    },
    words: ws,
  };
}

/** One engine line holding both columns, as Tesseract reads a header row across the gutter. */
function interleaved(leftText: string, rightText: string, y: number, slope = 0): OcrLine {
  return line([...words(leftText, 100, y, slope), ...words(rightText, 1100, y, slope)]);
}

const BODY_1 = 'Thực hiện Kế hoạch số 747/KH-LMHTXVN ngày 19/10/2021 của Liên minh Hợp tác xã Việt Nam về việc';
/** A body line as wide as a header: the pages below are narrower than BODY_1's. */
const BODY_3 = 'Thực hiện Quyết định số 298/QĐ-TTg ngày 15/03/2025 của';
const BODY_2 = 'phát động phong trào thi đua, Liên minh Hợp tác xã tỉnh ban hành Kế hoạch triển khai như sau:';

function headerPage(slope = 0): OcrLine[] {
  return [
    interleaved('UBND TỈNH ĐẮK NÔNG', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 100, slope),
    interleaved('LIÊN MINH HTX', 'Độc lập - Tự do - Hạnh phúc', 150, slope),
    interleaved('Số: 514/KH-LMHTX', 'Đắk Nông, ngày 08 tháng 11 năm 2021', 210, slope),
    line(words('KẾ HOẠCH', 950, 300, slope)),
    line(words(BODY_1, 100, 380, slope)),
    line(words(BODY_2, 100, 430, slope)),
  ];
}

describe('orderPage', () => {
  it('reads an interleaved two-column header column by column, then the body', () => {
    const { lines } = orderPage(headerPage());
    expect(lines.map((l) => l.text)).toEqual([
      'UBND TỈNH ĐẮK NÔNG',
      'LIÊN MINH HTX',
      'Số: 514/KH-LMHTX',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Đắk Nông, ngày 08 tháng 11 năm 2021',
      'KẾ HOẠCH',
      BODY_1,
      BODY_2,
    ]);
  });

  it('keeps the column order when the page is still slightly skewed', () => {
    // 1.5° of skew: the right column sits ~26 px lower than the left one on the same row.
    const { lines } = orderPage(headerPage(Math.tan((1.5 * Math.PI) / 180)));
    expect(lines.slice(0, 7).map((l) => l.text)).toEqual([
      'UBND TỈNH ĐẮK NÔNG',
      'LIÊN MINH HTX',
      'Số: 514/KH-LMHTX',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Đắk Nông, ngày 08 tháng 11 năm 2021',
      'KẾ HOẠCH',
    ]);
  });

  it('orders header columns the engine gave as separate lines in any order', () => {
    const right = [
      line(words('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 1100, 100)),
      line(words('Độc lập - Tự do - Hạnh phúc', 1150, 150)),
    ];
    const left = [line(words('UBND TỈNH ĐẮK NÔNG', 100, 100)), line(words('LIÊN MINH HTX', 150, 150))];
    const { lines } = orderPage([...right, line(words(BODY_1, 100, 300)), ...left]);
    expect(lines.map((l) => l.text)).toEqual([
      'UBND TỈNH ĐẮK NÔNG',
      'LIÊN MINH HTX',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      BODY_1,
    ]);
  });

  it('puts the recipients before the signature in a two-column closing', () => {
    const page = [
      line(words(BODY_1, 100, 100)),
      interleaved('Nơi nhận:', 'TM. BAN CHẤP HÀNH', 200),
      interleaved('- Liên minh HTX Việt Nam;', 'CHỦ TỊCH', 250),
      line(words('- Lưu: VT.', 100, 300)),
      line(words('Nguyễn Văn An', 1200, 450)),
    ];
    expect(orderPage(page).lines.map((l) => l.text)).toEqual([
      BODY_1,
      'Nơi nhận:',
      '- Liên minh HTX Việt Nam;',
      '- Lưu: VT.',
      'TM. BAN CHẤP HÀNH',
      'CHỦ TỊCH',
      'Nguyễn Văn An',
    ]);
  });

  it('drops a speck read as a letter in the closing\'s gutter, which would join the columns\' rows', () => {
    const speck: OcrWord = { text: 'Ñ', confidence: 0.95, bbox: { x0: 860, y0: 440, x1: 868, y1: 449 } };
    const page = [
      line(words(BODY_1, 100, 100)),
      interleaved('Nơi nhận:', 'TM. BAN CHẤP HÀNH', 200),
      interleaved('- Liên minh HTX Việt Nam;', 'CHỦ TỊCH', 250),
      line(words('- Các hợp tác xã;', 100, 300)),
      line(words('- Các phòng, ban;', 100, 350)),
      line([speck]),
      line(words('- Website Liên minh HTX thành phố;', 100, 450)),
      line(words('- Lưu: VT.', 100, 500)),
      line(words('Nguyễn Văn An', 1200, 500)),
    ];
    expect(orderPage(page).lines.map((l) => l.text)).toEqual([
      BODY_1,
      'Nơi nhận:',
      '- Liên minh HTX Việt Nam;',
      '- Các hợp tác xã;',
      '- Các phòng, ban;',
      '- Website Liên minh HTX thành phố;',
      '- Lưu: VT.',
      'TM. BAN CHẤP HÀNH',
      'CHỦ TỊCH',
      'Nguyễn Văn An',
    ]);
  });

  it('splits a header row whose columns nearly touch, along the gutter of the rows below', () => {
    // "HƯNG" and "CỘNG" are 45 px apart, hardly more than a word space (20 px here).
    const tight = line([
      ...words('ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HƯNG', 100, 100),
      ...words('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 985, 100),
    ]);
    const page = [
      tight,
      interleaved('VIỆT NAM TỈNH HƯNG YÊN', 'Độc lập - Tự do - Hạnh phúc', 150),
      line(words(BODY_1, 100, 300)),
    ];
    const { lines } = orderPage(page);
    expect(lines.map((l) => l.text)).toEqual([
      'ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH HƯNG',
      'VIỆT NAM TỈNH HƯNG YÊN',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      BODY_1,
    ]);
  });

  /** Words of `text` centred on x = `axis`, on the line at y. */
  const centredOn = (text: string, axis: number, y: number): OcrWord[] => words(text, axis - (text.length * CHAR_W) / 2, y);

  it("splits the page's first row at an ordinary space when both parts stand centred on their columns", () => {
    // The issuer's first line reaches into the gutter: "NAM" and "CỘNG" one space apart, as in a
    // header printed in a tight table. Both columns are centred, on x = 400 and x = 960.
    const first = line([...centredOn('ỦY BAN MTTQ VIỆT NAM', 400, 100), ...centredOn('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 960, 100)]);
    expect(first.words[4].bbox.x1 + CHAR_W).toBe(first.words[5].bbox.x0);
    const page = [
      first,
      line([...centredOn('TỈNH BẮC NINH', 400, 150), ...centredOn('Độc lập - Tự do - Hạnh phúc', 960, 150)]),
      line([...centredOn('Số: 771/BC-LMHTX', 400, 220), ...centredOn('Bắc Ninh, ngày 12 tháng 11 năm 2025', 960, 220)]),
      // The header spans the text's width, as a printed one does.
      line(words(BODY_3, 100, 350)),
    ];
    expect(orderPage(page).lines.map((l) => l.text)).toEqual([
      'ỦY BAN MTTQ VIỆT NAM',
      'TỈNH BẮC NINH',
      'Số: 771/BC-LMHTX',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Bắc Ninh, ngày 12 tháng 11 năm 2025',
      BODY_3,
    ]);
  });

  it('reads a header as one when its rows share no stripe but its columns still part', () => {
    // "LIÊN MINH HTX TRÀ VINH" ends at x = 710, past where "CỘNG HÒA" begins a row higher (720):
    // rows 1 and 2 share only 10 px of free stripe, yet no left line reaches a right one.
    const page = [
      line([...words('UBND TỈNH TRÀ VINH', 290, 100), ...words('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 720, 100)]),
      line([...words('LIÊN MINH HTX TRÀ VINH', 270, 150), ...words('Độc lập - Tự do - Hạnh phúc', 800, 150)]),
      line([...words('Số: 503/BC-LMHTX', 300, 210), ...words('Trà Vinh, ngày 10 tháng 7 năm 2020', 760, 210)]),
      line(words(BODY_3, 100, 350)),
    ];
    expect(orderPage(page).lines.map((l) => l.text)).toEqual([
      'UBND TỈNH TRÀ VINH',
      'LIÊN MINH HTX TRÀ VINH',
      'Số: 503/BC-LMHTX',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Trà Vinh, ngày 10 tháng 7 năm 2020',
      BODY_3,
    ]);
  });

  it('does not split a body line above the closing whose halves happen to stand centred on its columns', () => {
    // "kinh doanh" is centred on the recipients (x = 200), the rest on the signature (x = 1280).
    const body = line(words(`kinh doanh ${BODY_1}`, 100, 150));
    const page = [
      line(words(BODY_2, 100, 100)),
      body,
      line([...words('Nơi nhận:', 100, 220), ...centredOn('TM. BAN CHẤP HÀNH', 1280, 220)]),
      line([...words('- Lưu: VT.', 100, 270), ...centredOn('CHỦ TỊCH', 1280, 270)]),
    ];
    expect(orderPage(page).lines.map((l) => l.text)).toEqual([BODY_2, body.text, 'Nơi nhận:', '- Lưu: VT.', 'TM. BAN CHẤP HÀNH', 'CHỦ TỊCH']);
  });

  it('keeps a body line the engine returned in two pieces above the closing in the flow', () => {
    // The engine broke the paragraph's last line at a word space (56 px, 1.4 line heights) that
    // lines up with the gutter between the recipients and the signature.
    const page = [
      line(words(BODY_1, 100, 100)),
      line(words('Liên minh Hợp tác xã Việt', 100, 150)),
      line(words('Nam xem xét, chỉ đạo thực hiện các nội dung./.', 656, 150)),
      line([...words('Nơi nhận:', 100, 230), ...centredOn('TM. BAN THƯỜNG VỤ', 1500, 230)]),
      line([...words('- Lưu: VT.', 100, 280), ...centredOn('CHỦ TỊCH', 1500, 280)]),
    ];
    expect(orderPage(page).lines.map((l) => l.text)).toEqual([
      BODY_1,
      'Liên minh Hợp tác xã Việt',
      'Nam xem xét, chỉ đạo thực hiện các nội dung./.',
      'Nơi nhận:',
      '- Lưu: VT.',
      'TM. BAN THƯỜNG VỤ',
      'CHỦ TỊCH',
    ]);
  });

  it('does not split the body line just above a two-column closing at an ordinary space', () => {
    const page = [
      line(words(BODY_1, 100, 100)),
      line(words('kinh doanh.', 100, 150)),
      interleaved('Nơi nhận:', 'TM. BAN CHẤP HÀNH', 220),
      interleaved('- Lưu: VT.', 'CHỦ TỊCH', 270),
    ];
    expect(orderPage(page).lines.map((l) => l.text)).toEqual([
      BODY_1,
      'kinh doanh.',
      'Nơi nhận:',
      '- Lưu: VT.',
      'TM. BAN CHẤP HÀNH',
      'CHỦ TỊCH',
    ]);
  });

  it('sets a space after a list item\'s dash the engine ran into the first word', () => {
    const { lines } = orderPage([line(words('-Lưu: VT, TH.', 100, 100)), line(words('- Như Điều 3;', 100, 150)), line(words('Bà Rịa-Vũng Tàu', 100, 200))]);
    expect(lines.map((l) => l.text)).toEqual(['- Lưu: VT, TH.', '- Như Điều 3;', 'Bà Rịa-Vũng Tàu']);
    const [dash, lưu] = lines[0].words;
    expect(dash.bbox.x0).toBe(100);
    expect(dash.bbox.x1).toBe(lưu.bbox.x0);
  });

  it('reads a line the engine returned twice only once', () => {
    const twice = line(words(BODY_2, 100, 200));
    const { lines } = orderPage([line(words(BODY_1, 100, 150)), twice, { ...twice, bbox: { ...twice.bbox, y0: 196 } }]);
    expect(lines.map((l) => l.text)).toEqual([BODY_1, BODY_2]);
  });

  it('gives text whose non-blank lines are exactly the lines, with blank lines between blocks', () => {
    const { lines, text } = orderPage(headerPage());
    expect(text.split('\n').filter((t) => t.trim() !== '')).toEqual(lines.map((l) => l.text));
    // The left column, the right column and the body are separate blocks.
    expect(text).toContain('Số: 514/KH-LMHTX\n\nCỘNG HÒA');
    expect(text).toContain(`${BODY_1}\n${BODY_2}`);
  });

  it('keeps word boxes and confidences on the split lines', () => {
    const { lines } = orderPage(headerPage());
    const national = lines[3];
    expect(national.words.map((w) => w.text)).toEqual(['CỘNG', 'HÒA', 'XÃ', 'HỘI', 'CHỦ', 'NGHĨA', 'VIỆT', 'NAM']);
    expect(national.bbox.x0).toBe(1100);
    expect(national.confidence).toBeCloseTo(0.9);
  });

  it('returns nothing for a page without words', () => {
    expect(orderPage([])).toEqual({ lines: [], text: '' });
  });
});

describe('splitAtGutters', () => {
  it('does not split a justified body line at its stretched word gaps', () => {
    const stretched = words('một hai ba bốn năm sáu bảy', 100, 0).map((w, i) => ({
      ...w,
      bbox: { ...w.bbox, x0: w.bbox.x0 + i * 15, x1: w.bbox.x1 + i * 15 },
    }));
    expect(splitAtGutters(stretched, LINE_H)).toHaveLength(1);
  });

  it('splits a line at a gap much wider than its word gaps', () => {
    const pieces = splitAtGutters(interleaved('Số: 514/KH-LMHTX', 'Đắk Nông, ngày 08', 0).words, LINE_H);
    expect(pieces.map((p) => p.map((w) => w.text).join(' '))).toEqual(['Số: 514/KH-LMHTX', 'Đắk Nông, ngày 08']);
  });
});
