import { describe, expect, it } from 'vitest';
import { casingAt } from '../../src/normalize/casing.js';
import { tokenize } from '../../src/normalize/tokenizer.js';

function casings(text: string): Array<[string, string]> {
  const tokens = tokenize(text);
  return tokens.flatMap((token, i) => (token.kind === 'word' ? [[token.text, casingAt(tokens, i)] as [string, string]] : []));
}

describe('what a word’s case tells', () => {
  it('reads a capital mid-sentence as a sign of a name', () => {
    expect(casings('Hợp tác xã tỉnh Sơn La, huyện Mộc Châu')).toEqual([
      ['Hợp', 'none'], ['tác', 'lower'], ['xã', 'lower'], ['tỉnh', 'lower'], ['Sơn', 'capital'], ['La', 'capital'],
      ['huyện', 'lower'], ['Mộc', 'capital'], ['Châu', 'capital'],
    ]);
  });

  it('learns nothing from the first word of a sentence, a line or an all-caps word', () => {
    expect(casings('Xong. Tiếp theo: Kế hoạch\nLiên minh HTX')).toEqual([
      ['Xong', 'none'], ['Tiếp', 'none'], ['theo', 'lower'], ['Kế', 'none'], ['hoạch', 'lower'], ['Liên', 'none'], ['minh', 'lower'], ['HTX', 'none'],
    ]);
  });

  it('reads a sentence’s or line’s first word as opening a name when the next word is capitalised too', () => {
    expect(casings('Người ký\nBùi Kim Lan')).toEqual([
      ['Người', 'none'], ['ký', 'lower'], ['Bùi', 'capital'], ['Kim', 'capital'], ['Lan', 'capital'],
    ]);
    expect(casings('Hà Nội là thủ đô. Theo HTX')).toEqual([
      ['Hà', 'capital'], ['Nội', 'capital'], ['là', 'lower'], ['thủ', 'lower'], ['đô', 'lower'], ['Theo', 'none'], ['HTX', 'none'],
    ]);
  });
});
