// Marks Tesseract reads in specks, stamp rings and pen strokes: "|", "›", ":" standing alone.
// Vietnamese print attaches punctuation to a word, so a "word" without a letter or digit is
// noise, except the dashes and bullets that start list items or sit in "Độc lập - Tự do".

const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DASH_OR_BULLET = /^[-–—+*•]+$/u;
/** A dash below this confidence is more likely a speck than a list bullet. */
const MIN_DASH_CONFIDENCE = 0.5;
/** Below this, a word is a signature stroke or stamp lettering read as text ("⁄^N⁄⁄VN" at 0.22)... */
const MIN_CONFIDENCE = 0.3;
/** ...and a one- or two-letter word below this is a speck ("s" at 0.33 in a signature's gutter). */
const MIN_SHORT_CONFIDENCE = 0.4;

const HAS_DIGIT = /\p{N}/u;

export function isJunkWord(text: string, confidence: number): boolean {
  // Digits are kept whatever their confidence: a document number half read beats none.
  if (HAS_DIGIT.test(text)) return false;
  if (confidence < MIN_CONFIDENCE) return true;
  if (HAS_LETTER_OR_DIGIT.test(text)) return [...text].length <= 2 && confidence < MIN_SHORT_CONFIDENCE;
  return !DASH_OR_BULLET.test(text) || confidence < MIN_DASH_CONFIDENCE;
}
