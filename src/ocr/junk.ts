// Marks Tesseract reads in specks, stamp rings and pen strokes: "|", "›", ":" standing alone,
// "⁄^N⁄⁄VN" for a signature. Vietnamese print attaches punctuation to a word, so a "word"
// without a letter or digit is noise, except the dashes and bullets that start list items or
// sit in "Độc lập - Tự do - Hạnh phúc".

const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const HAS_DIGIT = /\p{N}/u;
/** A character print uses: letters, digits and ordinary punctuation. Others come from strokes. */
const ODD_CHARACTER = /[^\p{L}\p{N}.,;:!?()[\]"“”'‘’/\\%&+\-–—…]/u;
const DASH_OR_BULLET = /^[-–—+*•]+$/u;
/** A dash below this confidence is more likely a speck than a list bullet. */
const MIN_DASH_CONFIDENCE = 0.5;
/** Below this, a word with a character print does not use is a stroke read as text. */
const MIN_ODD_CONFIDENCE = 0.3;
/** A one- or two-letter word below this is a speck ("s" at 0.33 in a signature's gutter). */
const MIN_SHORT_CONFIDENCE = 0.4;
/**
 * Longer than words run together when the engine misses a space or two; a run of letters this
 * long read with little confidence is a band of shadow or a ruled line ("errrryyvyyyy…" along a
 * scan's dark edge, read at confidence 0).
 */
const LONGEST_WORD = 24;
/** Below this, a word longer than `LONGEST_WORD` is such a band. */
const MIN_LONG_CONFIDENCE = 0.3;

export function isJunkWord(text: string, confidence: number): boolean {
  // Digits are kept whatever their confidence: a document number half read beats none.
  if (HAS_DIGIT.test(text)) return false;
  if (HAS_LETTER_OR_DIGIT.test(text)) {
    if (ODD_CHARACTER.test(text)) return confidence < MIN_ODD_CONFIDENCE;
    if ([...text].length > LONGEST_WORD) return confidence < MIN_LONG_CONFIDENCE;
    // A misread word costs a character or two; dropping it costs all of them.
    return [...text].length <= 2 && confidence < MIN_SHORT_CONFIDENCE;
  }
  return !DASH_OR_BULLET.test(text) || confidence < MIN_DASH_CONFIDENCE;
}
