import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/normalize/tokenizer.js';

const join = (text: string) => tokenize(text).map((token) => token.text).join('');
const kinds = (text: string) => tokenize(text).filter((token) => token.kind !== 'space').map((token) => [token.kind, token.text]);

describe('tokenizer', () => {
  it('concatenates back to the exact input, spaces and line breaks included', () => {
    const text = 'Số:  946/TD-LMT\n\nSơn La,\tngày 29/01/2026 —  xem https://lmhtx.vn/a?b=1 hoặc vp@lmhtx.vn.\r\n';
    expect(join(text)).toBe(text);
  });

  it('keeps document numbers, dates, URLs and e-mail addresses whole', () => {
    expect(kinds('Số: 36/LMHTX-PĐTĐ ngày 18/12/2024, xem www.vca.org.vn hoặc a.b@c.vn')).toEqual([
      ['word', 'Số'], ['punct', ':'], ['keep', '36/LMHTX-PĐTĐ'], ['word', 'ngày'], ['keep', '18/12/2024'], ['punct', ','],
      ['word', 'xem'], ['keep', 'www.vca.org.vn'], ['word', 'hoặc'], ['keep', 'a.b@c.vn'],
    ]);
  });

  it('reads words joined by slashes as words, and a code all in capitals or with digits as kept', () => {
    expect(kinds('triệu đồng/hợp tác xã/năm; và/hoặc')).toEqual([
      ['word', 'triệu'], ['word', 'đồng'], ['punct', '/'], ['word', 'hợp'], ['word', 'tác'], ['word', 'xã'], ['punct', '/'], ['word', 'năm'],
      ['punct', ';'], ['word', 'và'], ['punct', '/'], ['word', 'hoặc'],
    ]);
    expect(kinds('75 HTX/năm')).toEqual([['keep', '75'], ['word', 'HTX'], ['punct', '/'], ['word', 'năm']]);
    expect(kinds('KH/UBND QĐ/TW người/km2')).toEqual([['keep', 'KH/UBND'], ['keep', 'QĐ/TW'], ['keep', 'người/km2']]);
  });

  it('reads OCR digits inside a word as part of the word, plain numbers as kept', () => {
    expect(kinds('S6: c6 2026 t&é')).toEqual([['word', 'S6'], ['punct', ':'], ['word', 'c6'], ['keep', '2026'], ['word', 't&é']]);
  });

  it('marks a blank line as a break and a single line break as space', () => {
    const found = tokenize('a\nb\n\nc').map((token) => token.kind);
    expect(found).toEqual(['word', 'space', 'word', 'break', 'word']);
  });

  it('reads ASCII words the same way when a character beyond ASCII follows', () => {
    const all = (text: string) => tokenize(text).map((token) => [token.kind, token.text]);
    expect(all('ab\u00a0cd')).toEqual([['word', 'ab'], ['space', '\u00a0'], ['word', 'cd']]);
    expect(all('cafe\u0301, x')).toEqual([['word', 'cafe\u0301'], ['punct', ','], ['space', ' '], ['word', 'x']]);
    expect(all('ab,¢ x')).toEqual([['word', 'ab'], ['punct', ','], ['word', '¢'], ['space', ' '], ['word', 'x']]);
    expect(all('a  \u2028b')).toEqual([['word', 'a'], ['space', '  \u2028'], ['word', 'b']]);
    expect(all('ab1 c&d e')).toEqual([['word', 'ab1'], ['space', ' '], ['word', 'c&d'], ['space', ' '], ['word', 'e']]);
  });
});
