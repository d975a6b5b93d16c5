// Roman numerals of headings in capitals as the document numbers them. Tesseract drops an I
// of a bold numeral ("III." read "II.") or turns one into H, T, L or 1 ("IH."): such a numeral
// is written as the one its place in the sequence calls for, in the text as in the lines.
import type { PageText } from '../pages.js';
import { upperRatio } from './_internal/fold.js';
import { matchLabel, toRoman } from './labels.js';

/** The numeral as printed at the line's start (after any indent). */
const PRINTED = /^\s*([IVXLHTYl1|]{1,4})/u;

/** Whether `printed` is `written` with one I left out ("II" for "III", "V" for "IV"). */
function dropsAnI(printed: string, written: string): boolean {
  for (let k = 0; k < written.length; k++) {
    if (written[k] === 'I' && written.slice(0, k) + written.slice(k + 1) === printed) return true;
  }
  return false;
}

/**
 * The OCR pages with the roman numerals of their headings in capitals renumbered by their place:
 * the first is I (again after a part), each next one more, unless it reads clearly as another
 * (a document may skip).
 * Pages of a text layer or of text are taken as printed, but count in the sequence.
 */
export function renumberHeadings(pages: PageText[]): PageText[] {
  let last = 0;
  const fix = (line: string, ocr: boolean): string => {
    const label = matchLabel(line.trim());
    // A part ("PHẦN THỨ HAI", "B. PHƯƠNG HƯỚNG") numbers its headings afresh.
    if (label && (label.style === 'part' || label.style === 'capital')) last = 0;
    if (!label || label.style !== 'roman' || upperRatio(label.rest) < 0.8) return line;
    const printed = PRINTED.exec(line)?.[1] ?? '';
    const written = toRoman(last + 1);
    const inPlace = label.value === last + 1 || label.misread === true || dropsAnI(printed, written);
    last = inPlace ? last + 1 : label.value;
    return ocr && inPlace && printed !== written ? line.replace(printed, written) : line;
  };
  return pages.map((page) => {
    const ocr = page.source === 'ocr';
    const text = page.text
      .split('\n')
      .map((line) => fix(line, ocr))
      .join('\n');
    if (text === page.text) return page;
    // The lines are the text's non-blank lines, one for one (see restorePage), when they count the same.
    const written = text.split('\n').filter((line) => line.trim() !== '');
    const lines = page.lines && page.lines.length === written.length ? page.lines.map((line, i) => ({ ...line, text: written[i] })) : page.lines;
    return { ...page, text, lines };
  });
}
