// What the document's own order tells of its OCR'd text. Tesseract drops an I of a bold
// heading numeral ("III." read "II.") or turns one into H, T, L or 1 ("IH."): such a numeral is
// written as the one its place in the sequence calls for. In the small type of the recipients,
// it reads an entry's ";" as ":" and "(b/c)" as "(b/O)". Mended in the text as in the lines.
import type { PageText } from '../pages.js';
import { upperRatio } from './_internal/fold.js';
import { isRecipientsLabel } from './closing.js';
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
 * (a document may skip). Pages of a text layer or of text are taken as printed, but count in
 * the sequence.
 */
export function renumberHeadings(pages: PageText[]): PageText[] {
  let last = 0;
  return rewriteLines(pages, (line, ocr) => {
    const label = matchLabel(line.trim());
    // A part ("PHẦN THỨ HAI", "B. PHƯƠNG HƯỚNG") numbers its headings afresh.
    if (label && (label.style === 'part' || label.style === 'capital')) last = 0;
    if (!label || label.style !== 'roman' || upperRatio(label.rest) < 0.8) return line;
    const printed = PRINTED.exec(line)?.[1] ?? '';
    const written = toRoman(last + 1);
    const inPlace = label.value === last + 1 || label.misread === true || dropsAnI(printed, written);
    last = inPlace ? last + 1 : label.value;
    return ocr && inPlace && printed !== written ? line.replace(printed, written) : line;
  });
}

/** "(b/O)": the OCR's reading of "(b/c)" (báo cáo, to report to) in small type. */
const REPORT_TO = /\(b\/[oO0]\)/gu;

/**
 * The OCR pages with the entries of their recipient lists mended where small type misleads
 * the engine: an entry ending in ":" ends in ";" (the last ends in "."), and "(b/O)" is "(b/c)".
 */
export function mendRecipients(pages: PageText[]): PageText[] {
  let inList = false;
  return rewriteLines(pages, (line, ocr) => {
    if (isRecipientsLabel(line)) inList = true;
    else if (line.trim() !== '' && !/^\s*[-–+]/u.test(line) && /^\s*\p{Lu}/u.test(line) && upperRatio(line) >= 0.8) inList = false;
    if (!ocr || !inList || !/^\s*[-–+]/u.test(line)) return line;
    return line.replace(REPORT_TO, '(b/c)').replace(/:\s*$/u, ';');
  });
}

/**
 * The pages with each line of their text rewritten in order, the OCR's lines with them (they are
 * the text's non-blank lines, one for one, when they count the same: see restorePage).
 */
function rewriteLines(pages: PageText[], rewrite: (line: string, ocr: boolean) => string): PageText[] {
  return pages.map((page) => {
    const ocr = page.source === 'ocr';
    const text = page.text
      .split('\n')
      .map((line) => rewrite(line, ocr))
      .join('\n');
    if (text === page.text) return page;
    const written = text.split('\n').filter((line) => line.trim() !== '');
    const lines = page.lines && page.lines.length === written.length ? page.lines.map((line, i) => ({ ...line, text: written[i] })) : page.lines;
    return { ...page, text, lines };
  });
}
