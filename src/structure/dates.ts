// Dates as Vietnamese documents print them: "ngày 29 tháng 01 năm 2026", "18/12/2024",
// "ngày 04 tháng 8 năm 2021"; a form's blank day gives no date rather than a guess.
import { fold, squeeze } from './_internal/fold.js';

/** ISO "YYYY-MM-DD" when day, month and year make a real date, else null. */
export function isoDate(day: number, month: number, year: number): string | null {
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return null;
  if (year < 1945 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Digits as OCR sometimes prints them ("o8", "l2"); null when the field is blank or not a number. */
export function ocrNumber(field: string): number | null {
  const digits = field.replace(/[oO]/g, '0').replace(/[lI|]/g, '1').replace(/\s/g, '');
  return /^\d{1,4}$/.test(digits) ? Number(digits) : null;
}

export interface WordedDate {
  /** The date phrase as printed, white space squeezed: "ngày 29 tháng 01 năm 2026". */
  text: string;
  /** ISO date, or null when a part is blank or impossible. */
  date: string | null;
  /** Offsets of the phrase in the searched text. */
  start: number;
  end: number;
}

// Folded: "ngay <day?> thang <month?> nam <year>", the day or month possibly blank or dotted.
// The vowels are loose: OCR reads "tháng" as "thúng", "năm" as "nằm" or "năn".
const WORDED = /ng[aou]y\s*([0-9oOlI|.…_ ]{0,8}?)\s*th[aou]ng\s*([0-9oOlI|.…_ ]{0,8}?)\s*n[aoe][mn]\s*([0-9oOlI]{4})/giu;

/** Every "ngày … tháng … năm …" phrase in the text, in order. */
export function findWordedDates(text: string): WordedDate[] {
  const folded = fold(text);
  const found: WordedDate[] = [];
  for (const m of folded.matchAll(WORDED)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const day = ocrNumber(m[1]);
    const month = ocrNumber(m[2]);
    const year = ocrNumber(m[3]);
    const date = day !== null && month !== null && year !== null ? isoDate(day, month, year) : null;
    found.push({ text: squeeze(text.slice(start, end)), date, start, end });
  }
  return found;
}

/**
 * A date written either way at the start of `text` ("18/12/2024 của …", "ngày 9 tháng 9 năm 2021");
 * returns the ISO date and how many characters it took, or null.
 */
export function leadingDate(text: string): { date: string | null; length: number } | null {
  const numeric = /^(\d{1,2})\s?[/.-]\s?(\d{1,2})\s?[/.-]\s?(\d{4})/u.exec(text);
  if (numeric) {
    return { date: isoDate(Number(numeric[1]), Number(numeric[2]), Number(numeric[3])), length: numeric[0].length };
  }
  const worded = /^(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/u.exec(fold(text));
  if (worded) {
    return { date: isoDate(Number(worded[1]), Number(worded[2]), Number(worded[3])), length: worded[0].length };
  }
  return null;
}
