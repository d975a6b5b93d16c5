// The document as a list of lines: markdown marks stripped, page numbers dropped, and for
// OCR'd pages the word index where a wide horizontal gap splits a line into two columns.
import type { StructureInput } from './types.js';
import type { OcrLine } from '../ocr/types.js';
import { columnBreak } from './header-columns.js';

export interface Line {
  /** The line's text without markdown emphasis or heading marks; '' for a blank line. */
  text: string;
  /** 1-based page number. */
  page: number;
  /** Word index where the right column starts, from the OCR boxes; null when not split. */
  boxSplit: number | null;
}

/** Remove markdown that converters leave in text files: heading hashes, emphasis stars, escapes. */
export function stripMarkdown(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/u, '')
    .replace(/^\s{0,3}>\s?/u, '')
    .replace(/\*{1,3}|_{2,3}(?=\S)|(?<=\S)_{2,3}/gu, '')
    .replace(/\\([-.*_#()[\]!])/gu, '$1')
    .replace(/\s+$/u, '');
}

const PAGE_NUMBER = /^\s*[-–]?\s*\d{1,3}\s*[-–]?\s*$/u;

/**
 * Scanner specks at the ends of a line: "_ HTX tỉnh" → "HTX tỉnh", ". PHÁT ĐỘNG" and ".PHÁT
 * ĐỘNG" → "PHÁT ĐỘNG", "\"3. Kết quả" and "...5. Tổ chức" → "3. Kết quả", "5. Tổ chức",
 * "..H.NỘI DUNG" → "H.NỘI DUNG" (a heading numeral read askew), "như sau: :" → "như sau:", "PHÁT ĐỘNG (" /
 * "THÔNG BÁO ˆ" → the type alone; a "~" or ".-" opening a list item is OCR for its dash.
 */
export function stripSpecks(line: string): string {
  return line
    .replace(/^[.,'`]*[~˜](?=\s)/u, '-')
    .replace(/^[.,:;'`]+\s*(?=[-–]\s?\p{L})/u, '')
    // Glued to a word in capitals, or to a heading's number, arabic or roman read askew
    // ("..H.NỘI DUNG"): no sentence starts so.
    .replace(/^[.,'`]{1,3}(?=\p{Lu}{2}|[IVXHLl1|]{1,4}[.,]\s?\p{Lu}{2})/u, '')
    .replace(/^[.,"“'`]{1,3}(?=\d{1,2}\.\s)/u, '')
    .replace(/^(?:[^\p{L}\p{N}\s\-–—+•·*“"(\[]|\p{Lm}){1,3}\s+/u, '')
    .replace(/(?:\s+(?:[:;.,'`_~|^()[\]{}\\„‚¸˛]+|\p{Lm}))+$/u, '');
}

function pageLines(text: string, page: number, ocrLines: OcrLine[] | null, pageWidth: number | undefined): Line[] {
  const out: Line[] = [];
  let ocrIndex = 0;
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const normalized = raw.normalize('NFC').replace(/\f/g, '');
    if (normalized.trim() === '') {
      out.push({ text: '', page, boxSplit: null });
      continue;
    }
    const ocrLine = ocrLines?.[ocrIndex];
    ocrIndex += 1;
    const text = stripSpecks(stripMarkdown(normalized).trim());
    if (PAGE_NUMBER.test(text)) continue;
    const tokens = text.trim().split(/\s+/u);
    const split = ocrLine && ocrLine.words.length === tokens.length ? columnBreak(ocrLine, pageWidth) : null;
    out.push({ text: text.trim(), page, boxSplit: split });
  }
  return out;
}

/** The lines of the whole document, pages in order with a blank line between them. */
export function documentLines(input: StructureInput): Line[] {
  if (input.pages.length === 0) return pageLines(input.text, 1, null, undefined);
  const lines: Line[] = [];
  for (const page of input.pages) {
    if (lines.length > 0) lines.push({ text: '', page: page.number, boxSplit: null });
    // One at a time: a page of old OCR text may have more lines than a call takes arguments.
    for (const line of pageLines(page.text, page.number, page.lines, page.width)) lines.push(line);
  }
  return lines;
}
