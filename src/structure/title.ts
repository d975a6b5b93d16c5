// The title: the type line ("KẾ HOẠCH") and the summary (trích yếu) lines printed under it,
// which end at a blank line, at the opening words of the body, or after a few lines.
import { fold, squeeze, upperRatio } from './_internal/fold.js';
import { typeLineKind } from './doc-type.js';
import { matchLabel } from './labels.js';
import type { Line } from './lines.js';

export interface TitleBlock {
  /** Index of the type line in `lines`. */
  typeIndex: number;
  /** Index of the first line after the title. */
  end: number;
  typeLine: string;
  title: string;
}

/** How far down a document its type line may sit: the header takes about a dozen lines. */
const TYPE_LINE_WINDOW = 30;
const MAX_SUMMARY_LINES = 5;
const ORPHAN_WORDS = 3;
/** A summary line this much shorter than the next line is centred, not wrapped body text. */
const SHORT_LINE_SHARE = 0.6;
/** Lines this long run the full text width: body text, not a centred summary. */
const FULL_WIDTH_CHARS = 72;
// The body's usual first words; the summary never starts with them.
const BODY_OPENING =
  /^(can cu|thuc hien|theo |trong (nam|thoi gian|nhung nam)|nam \d{4}\s*(la|,)|huong ung|nhan dip|nham |de |kinh gui|qua |tiep tuc|nhu |sau khi|ngay \d|hien nay|vua qua)/u;

export function isBodyOpening(text: string): boolean {
  return BODY_OPENING.test(fold(text)) || matchLabel(text) !== null;
}

/** Index of the type line among the first lines, or -1. */
export function findTypeLine(lines: Line[]): number {
  const window = Math.min(lines.length, TYPE_LINE_WINDOW);
  for (let i = 0; i < window; i += 1) {
    if (lines[i].text !== '' && typeLineKind(lines[i].text) !== null) return i;
  }
  return -1;
}

/** The title block starting at the type line `typeIndex`. */
export function readTitle(lines: Line[], typeIndex: number): TitleBlock {
  const typeLine = squeeze(lines[typeIndex].text).replace(/[.,:;]+$/u, '');
  const parts = [typeLine];
  let i = typeIndex + 1;
  // A wrapped type line in capitals ("KẾ HOẠCH PHÁT ĐỘNG PHONG TRÀO" / "THI ĐUA NĂM 2026").
  while (i < lines.length && lines[i].text !== '' && upperRatio(lines[i].text) >= 0.8 && parts.length < MAX_SUMMARY_LINES && !isBodyOpening(lines[i].text)) {
    parts.push(squeeze(lines[i].text));
    i += 1;
  }
  let blanks = 0;
  while (i < lines.length && lines[i].text === '' && blanks < 2) {
    i += 1;
    blanks += 1;
  }
  const summaryStart = i;
  let summary: string[] = [];
  while (i < lines.length && lines[i].text !== '' && summary.length < MAX_SUMMARY_LINES) {
    const text = lines[i].text;
    if (isBodyOpening(text) || (summary.length > 0 && upperRatio(text) >= 0.8)) break;
    // A summary never opens with a dash: one there is a speck ("- 2020").
    summary.push(squeeze(text.replace(/^[-–_]\s+/u, '')));
    i += 1;
    if (/[:;]$/u.test(text)) break;
  }
  // A last word or two of the summary pushed past a blank line by the scan ("… năm" / "2020").
  const orphan = i + 1 < lines.length && lines[i]?.text === '' ? lines[i + 1].text : null;
  if (summary.length > 0 && orphan !== null && !/[.:;”"]$/u.test(summary[summary.length - 1]) && orphan.split(/\s+/u).length <= ORPHAN_WORDS && !isBodyOpening(orphan)) {
    summary.push(squeeze(orphan));
    i += 2;
  }
  // A summary has no colon and no full-width sentence; a dot after a short centred line is a speck.
  const endsLikeBody = summary.some((line) => /[:;]$|:\s/u.test(line) || (line.endsWith('.') && line.length >= FULL_WIDTH_CHARS));
  const runsOn = i < lines.length && lines[i].text !== '' && !isBodyOpening(lines[i].text) && upperRatio(lines[i].text) < 0.8;
  if (endsLikeBody || runsOn || (summary.length > 0 && upperRatio(summary[0]) >= 0.8 && parts.length > 1)) {
    // Body text ran into the summary with no blank line between: the summary is the run of short
    // (centred) lines before the first full-width line that opens a sentence; without one, none.
    const cut = summary.findIndex(
      (line, k) => k + 1 < summary.length && /^\p{Lu}/u.test(summary[k + 1]) && line.length <= SHORT_LINE_SHARE * summary[k + 1].length,
    );
    summary = cut >= 0 ? summary.slice(0, cut + 1) : [];
    i = summaryStart + summary.length;
  }
  const title = squeeze([...parts, ...summary.map((line) => line.replace(/(?<!\.)\.{1,2}$/u, ''))].join(' ')).replace(/\s+[-–—]$/u, '');
  return { typeIndex, end: i, typeLine, title };
}
