// Characters Tesseract's Vietnamese model puts for ones print uses: a fraction slash in
// "11⁄4" or "73⁄TB", the Icelandic eth in "TĐÐ-HĐTĐKT". Vietnamese writes neither.

const SLASHES = /[⁄∕／]/gu;
const ETHS = /[Ðð]/gu;

/** A word as the engine read it, in NFC, with look-alikes replaced by the characters print uses. */
export function printedWord(text: string): string {
  return text.normalize('NFC').replace(SLASHES, '/').replace(ETHS, (eth) => (eth === 'Ð' ? 'Đ' : 'đ'));
}
