import { describe, expect, it } from 'vitest';
import { fold } from '../../src/structure/_internal/fold.js';

describe('fold', () => {
  it('lowers each character to its base letter, đ to d, keeping the length', () => {
    const text = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM — Đảng, ĐOÀN, Hợp tác xã';
    expect(fold(text)).toBe('cong hoa xa hoi chu nghia viet nam — dang, doan, hop tac xa');
    expect(fold(text).length).toBe(text.length);
  });

  it('keeps what has no single lower-case base letter as it is: astral characters, İ', () => {
    expect(fold('𝐀 😀 İ ß')).toBe('𝐀 😀 İ ß');
    expect(fold('')).toBe('');
  });

  it('folds a text longer than one chunk of code units whole', () => {
    const text = 'Liên minh Hợp tác xã tỉnh Sơn La. '.repeat(500);
    expect(fold(text)).toBe('lien minh hop tac xa tinh son la. '.repeat(500));
  });
});
