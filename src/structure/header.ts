// The header block of Decree 30/2020: issuer (parent and name) and number on the left;
// national title, motto, place and date on the right. Each column segment is classified by
// what it says, so the columns may come side by side, one after the other, or split by boxes.
import { emptyHeader, type Header } from '../document.js';
import { fold, letterCount, squeeze, upperRatio } from './_internal/fold.js';
import { findWordedDates } from './dates.js';
import { RIGHT_COLUMN, splitColumns } from './header-columns.js';
import type { Line } from './lines.js';

export interface ParsedHeader {
  header: Header;
  /** The "V/v …" summary of an official letter (công văn), or null. */
  subject: string | null;
}

/** Parent and issuer together rarely take more than six printed lines. */
const MAX_ISSUER_LINES = 8;
// "Số:", OCR'd as "S6:", "5ố:", "Số 12/…" (colon lost).
export const NUMBER_LABEL = /^[s5$§][o0-9]\s*(?:[:;.,]\s*|(?=\s*[\d/]))/u;
export const SUBJECT_LABEL = /^v\s*\/\s*v\b\s*[:.]?\s*/u;
const PARTY_TITLE = /^dang\s+cong\s+san\s+viet\s+nam$/u;
// Words that open the name of an organisation; any other issuer line continues the one above
// ("TỈNH SƠN LA" under "ỦY BAN MTTQ VIỆT NAM", "THƯỞNG" under "HỘI ĐỒNG THI ĐUA - KHEN").
const ORG_OPENING =
  /^(uy ban|ubnd|ubmttq|mttq|mat tran|lien minh|lien doan|lien hiep|so|ban|bch|hoi|dang|tinh uy|thanh uy|huyen uy|quan uy|dang uy|bo|cuc|tong cuc|chi cuc|cong an|truong|van phong|phong|trung tam|quy|vien|doan|cong doan|cum|khoi|tap doan|tong cong ty|cong ty|ngan hang|chi nhanh|toa an|vien kiem sat|kho bac|hoc vien|benh vien|chi hoi|chi bo|ho tro)(\s|$)/u;

/** Noise around header text: underline rules, stamp specks, stray symbols. */
function cleanSegment(segment: string): string {
  // A dash after a word may be the printed "BÀ RỊA -" of a wrapped name; parseIssuer settles it.
  const trimmed = squeeze(segment.replace(/^[^\p{L}\p{N}]+/u, ''));
  return /\p{L}\s[-–]$/u.test(trimmed) ? trimmed : trimmed.replace(/[^\p{L}\p{N})]+$/u, '');
}

/**
 * "Số: 14 /KH-LMHTX" → "14/KH-LMHTX"; a blank number keeps its symbol ("/KH-LMHTX"); slash
 * look-alikes OCR puts in ("⁄") become "/".
 */
export function parseNumber(segment: string): string | null {
  const folded = fold(segment);
  const label = NUMBER_LABEL.exec(folded);
  if (!label) return null;
  const rest = segment
    .slice(label[0].length)
    .replace(/[⁄∕／]/gu, '/')
    .replace(/\s*([/-])\s*/gu, '$1')
    .trim();
  const token = rest.split(/\s+/u)[0]?.replace(/[-–_/.,;:]+$/u, '') ?? '';
  if (!/[/-]/u.test(token) || !/[\p{L}\d]/u.test(token)) return null;
  return repairNumber(token);
}

const DIGIT_AS_LETTER: Record<string, string> = { '0': 'O', '1': 'I', '5': 'S', '8': 'B' };

/** In the symbol after the slash, a digit inside a run of capitals is a letter ("5VHTTDL" → "SVHTTDL"). */
function repairSymbol(symbol: string): string {
  return symbol
    .split('-')
    .map((part) =>
      /^[\p{Lu}0158]+$/u.test(part) && (part.match(/\p{Lu}/gu)?.length ?? 0) >= 2
        ? part.replace(/[0158]/gu, (digit) => DIGIT_AS_LETTER[digit])
        : part,
    )
    .join('-');
}

/**
 * OCR slips in a number that have only one reading: letters for digits ("1o2/"), the Icelandic
 * Ð or a doubled Đ for Đ ("TĐÐ"), a slash lost between the digits and the symbol ("537BC-HNDT")
 * or doubled ("603//QĐ"), and digits for capitals in the symbol ("5VHTTDL").
 */
export function repairNumber(token: string): string {
  const repaired = token
    .replace(/^([0-9oOlI]+)(?=[/-])/u, (digits) => digits.replace(/[oO]/gu, '0').replace(/[lI]/gu, '1'))
    .replace(/Ð/gu, 'Đ')
    .replace(/ĐĐ/gu, 'Đ')
    .replace(/\/{2,}/gu, '/')
    .replace(/^(\d+)(?=\p{Lu}[\p{L}\d]*-)/u, '$1/');
  const slash = repaired.indexOf('/');
  return slash < 0 ? repaired : repaired.slice(0, slash + 1) + repaired.slice(slash + 1).split('/').map(repairSymbol).join('/');
}

/** "Sơn La, ngày 29 tháng 01 năm 2026" → place, ISO date, date text. */
export function parsePlaceDate(segment: string): Pick<Header, 'place' | 'date' | 'dateText'> | null {
  const dates = findWordedDates(segment);
  if (dates.length === 0) return null;
  const { text, date, start } = dates[0];
  const placeMatch = RIGHT_COLUMN.PLACE_DATE.exec(segment);
  let place: string | null = placeMatch ? squeeze(placeMatch[1]) : null;
  if (place === null) {
    const before = segment.slice(0, start).replace(/[\s,]+$/u, '');
    const candidate = cleanSegment(before.split(/[:;]/u).pop() ?? '');
    place = letterCount(candidate) >= 2 && candidate.length <= 40 ? candidate : null;
  }
  return { place, date, dateText: text };
}

/** Group issuer lines into organisations and take the last as the issuer, the rest as its parent. */
export function parseIssuer(orgLines: string[]): Header['issuer'] {
  const groups: string[] = [];
  for (const line of orgLines) {
    const continues = groups.length > 0 && (!ORG_OPENING.test(fold(line)) || !/\s/u.test(line) || /[&]$|\sVÀ$/u.test(groups[groups.length - 1]));
    if (continues) groups[groups.length - 1] = `${groups[groups.length - 1]} ${line}`;
    else groups.push(line);
  }
  // A dash left at the end of an organisation was an underline speck, not a wrapped name.
  const names = groups.map((group) => group.replace(/[\s\-–]+$/u, ''));
  if (names.length === 0) return null;
  const name = names[names.length - 1];
  const parent = names.length > 1 ? names.slice(0, -1).join(' ') : null;
  return { parent, name };
}

/** A date line the scan broke after a blank day: its first part ends "ngày." ("Đà Nẵng, ngày."), folded... */
const BROKEN_DATE_HEAD = /ng[aou]y[\s.,…_]*$/u;
/** ...and its second part ("tháng 6 năm 2026") starts the next line. */
const BROKEN_DATE_TAIL = /^th[aou]ng\b/u;

/** Whether two lines are the parts of a date line the scan broke after a blank day. */
export function isBrokenDate(first: string, second: string): boolean {
  return BROKEN_DATE_HEAD.test(fold(first)) && BROKEN_DATE_TAIL.test(fold(second));
}

/** "Đà Nẵng, ngày." / "tháng 6 năm 2026": a date line the scan broke after a blank day, joined again. */
function joinBrokenDates(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (const line of lines) {
    const previous = out.length > 0 ? out[out.length - 1] : null;
    if (previous && isBrokenDate(previous.text, line.text)) {
      out[out.length - 1] = { ...previous, text: `${previous.text.replace(/[.,]+$/u, '')} ${line.text}`, boxSplit: null };
    } else if (line.text !== '' || previous === null || !BROKEN_DATE_HEAD.test(fold(previous.text))) {
      out.push(line);
    }
  }
  return out;
}

/** Parse the lines above the type line (or the first lines of a document without one). */
export function parseHeader(lines: Line[]): ParsedHeader {
  const header = emptyHeader();
  const orgLines: string[] = [];
  const subject: string[] = [];
  let inSubject = false;
  let numberSeen = false;
  for (const line of joinBrokenDates(lines)) {
    if (line.text === '') continue;
    for (const raw of splitColumns(line.text, line.boxSplit)) {
      const segment = cleanSegment(raw);
      if (letterCount(segment) < 2) continue;
      const folded = fold(segment);
      if (header.nationalTitle === null && (RIGHT_COLUMN.NATIONAL_TITLE.test(folded) || PARTY_TITLE.test(folded))) {
        header.nationalTitle = segment;
        continue;
      }
      if (header.motto === null && RIGHT_COLUMN.MOTTO.test(folded)) {
        header.motto = segment;
        continue;
      }
      if (!numberSeen && NUMBER_LABEL.test(folded)) {
        numberSeen = true;
        header.number = parseNumber(segment);
        inSubject = false;
        continue;
      }
      const placeDate = header.dateText === null ? parsePlaceDate(segment) : null;
      if (placeDate) {
        Object.assign(header, placeDate);
        continue;
      }
      const subjectLabel = SUBJECT_LABEL.exec(folded);
      if (subjectLabel) {
        subject.push(segment);
        inSubject = true;
        continue;
      }
      if (inSubject && upperRatio(segment) < 0.6) {
        subject.push(segment);
        continue;
      }
      // Issuer lines sit above "Số:" in the left column; capitals below it are stamps or noise.
      if (!numberSeen && upperRatio(segment) >= 0.6 && orgLines.length < MAX_ISSUER_LINES) orgLines.push(segment);
    }
  }
  header.issuer = parseIssuer(orgLines);
  return { header, subject: subject.length > 0 ? squeeze(subject.join(' ')) : null };
}
