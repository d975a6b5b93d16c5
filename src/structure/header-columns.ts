// Two-column layouts read side by side: the header (issuer | national title) and the closing
// (recipients | signature). Split by the word boxes' wide gap when there are boxes, else by
// the right column's known phrases and by runs of spaces.
import type { OcrLine } from '../ocr/types.js';
import { fold } from './_internal/fold.js';

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * The index of the first word of the right column when a gap between two words is far wider
 * than the line's usual word spacing (and than a few letter heights), else null.
 */
export function columnBreak(line: OcrLine, pageWidth?: number): number | null {
  const words = line.words;
  if (words.length < 2) return null;
  const gaps = words.slice(1).map((w, i) => w.bbox.x0 - words[i].bbox.x1);
  const height = median(words.map((w) => w.bbox.y1 - w.bbox.y0));
  const threshold = Math.max(3 * median(gaps), 2.5 * height, pageWidth ? 0.04 * pageWidth : 0);
  let best = -1;
  for (let i = 0; i < gaps.length; i += 1) {
    if (gaps[i] >= threshold && (best < 0 || gaps[i] > gaps[best])) best = i;
  }
  return best < 0 ? null : best + 1;
}

// Phrases that open the right column of a header, in folded text, tolerant of common OCR slips.
const NATIONAL_TITLE = /c[o0]ng\s*h[o0]a\s*x[a4]\s*h\S{1,2}i\s*ch[uw]\s*ngh[i1l]a/u;
const MOTTO = /[dp][eo0]c\s*[l1][a4]p\s*[-–—]\s*t[uw]\s*d[o0]/u;
// "Sơn La, ngày" / "TP. Hồ Chí Minh, ngày": Title-case words right before ", ngày".
const PLACE_DATE =
  /(?<=^|\s)((?:(?:Thành phố|Thị xã|Thị trấn|TP\.|Tp\.)\s*)?\p{Lu}[\p{Ll}\p{M}]+(?:(?:\s+|\s*[-–]\s*)\p{Lu}[\p{Ll}\p{M}]*){0,4})\s*,\s*ng[aà]y\b/u;

export const RIGHT_COLUMN = { NATIONAL_TITLE, MOTTO, PLACE_DATE };

/** Where a known right-column phrase starts after some left-column text, or -1. */
function anchorOffset(text: string): number {
  const folded = fold(text);
  const offsets: number[] = [];
  for (const pattern of [NATIONAL_TITLE, MOTTO]) {
    const m = pattern.exec(folded);
    if (m) offsets.push(m.index);
  }
  const place = PLACE_DATE.exec(text);
  if (place) offsets.push(place.index);
  const first = Math.min(...offsets.filter((o) => o > 0));
  return Number.isFinite(first) ? first : -1;
}

/**
 * A header line as its columns: [left, right] when it holds two, else [text]. `boxSplit` is the
 * word index from `columnBreak`, which wins over text heuristics.
 */
export function splitColumns(text: string, boxSplit: number | null = null): string[] {
  const trimmed = text.trim();
  if (boxSplit !== null) {
    const words = trimmed.split(/\s+/u);
    if (boxSplit > 0 && boxSplit < words.length) {
      return [words.slice(0, boxSplit).join(' '), words.slice(boxSplit).join(' ')];
    }
  }
  const wide = /\s{3,}/u.exec(trimmed);
  if (wide) {
    const left = trimmed.slice(0, wide.index).trim();
    const right = trimmed.slice(wide.index + wide[0].length).trim();
    return [left, ...splitColumns(right)].filter((part) => part !== '').slice(0, 2);
  }
  const at = anchorOffset(trimmed);
  if (at > 0) {
    const left = trimmed.slice(0, at).trim();
    const right = trimmed.slice(at).trim();
    if (left !== '') return [left, right];
  }
  return [trimmed];
}
