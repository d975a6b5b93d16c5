import { describe, expect, it } from 'vitest';
import { isRealText, linesFromItems, type PlacedText } from '../../src/ingest/pdf-text.js';
import { isVietnameseSyllable, vietnameseScore } from '../../src/ingest/vietnamese-score.js';

function item(str: string, x: number, y: number, width = str.length * 6, height = 12): PlacedText {
  return { str, x, y, width, height };
}

describe('linesFromItems', () => {
  it('orders text by line from the top, then by x within a line', () => {
    const items = [
      item('Độc lập - Tự do - Hạnh phúc', 320, 88),
      item('Số: 514/KH-LMHTX', 60, 110),
      item('LIÊN MINH HTX', 60, 72),
      item('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 300, 72.6),
    ];
    // The issuer ends at x=138 and the national title starts at 300: a column gap, kept as spaces.
    expect(linesFromItems(items)).toBe(
      'LIÊN MINH HTX    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 514/KH-LMHTX',
    );
  });

  it('joins pieces of one word without a space and separates words that have a gap', () => {
    const items = [item('Kế ho', 100, 50, 30), item('ạch', 130, 50, 18), item('số', 160, 50, 12)];
    expect(linesFromItems(items)).toBe('Kế hoạch số');
  });

  it('keeps one copy of text drawn twice to look bold', () => {
    expect(linesFromItems([item('QUYẾT ĐỊNH', 200, 40, 80), item('QUYẾT ĐỊNH', 200.4, 40, 80)])).toBe('QUYẾT ĐỊNH');
  });
});

describe('isRealText', () => {
  it('accepts a paragraph of OCR text, Latin-only or with marks', () => {
    expect(isRealText('Lien minh HTX tinh Son La trien khai phong trao thi dua')).toBe(true);
    expect(isRealText('Liên minh HTX tỉnh Sơn La triển khai phong trào thi đua')).toBe(true);
  });

  it('rejects a page number, a stamp word and glyphs without a Unicode mapping', () => {
    expect(isRealText('- 2 -')).toBe(false);
    expect(isRealText('BẢN SAO')).toBe(false);
    expect(isRealText('\uE001\uE002\uE003 \uE004\uE005 '.repeat(20) + 'abc')).toBe(false);
    // Glyph codes read through a wrong map: letters, but of another script.
    expect(isRealText('䀁䀂䀃 䀄䀅䀆 '.repeat(10))).toBe(false);
  });
});

describe('vietnameseScore', () => {
  it('accepts valid syllables and rejects spellings Vietnamese never uses', () => {
    for (const word of ['gì', 'giữ', 'quốc', 'nghĩa', 'khuyến', 'người', 'được', 'ếch', 'kế']) {
      expect(isVietnameseSyllable(word), word).toBe(true);
    }
    for (const word of ['cế', 'ká', 'Céng', 'hoµ', 'chđ', 'hoọi', 'xaừ']) {
      expect(isVietnameseSyllable(word), word).toBe(false);
    }
  });

  it('scores the right decoding above a wrong one', () => {
    expect(vietnameseScore('Cộng hoà xã hội chủ nghĩa Việt Nam')).toBeGreaterThan(0);
    expect(vietnameseScore('Céng hoµ x· héi chñ nghÜa ViÖt Nam')).toBeLessThan(0);
  });
});
