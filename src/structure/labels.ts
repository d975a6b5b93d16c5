// Section labels as they open a line: "PHẦN THỨ NHẤT", "Điều 1.", "I.", "1.", "2.1.", "3.1.1",
// "a)", "b.", "Một là,", dashes and bullets. Recognition only; sections.ts decides whether a
// match is really a heading in sequence.
import { fold, upperRatio } from './_internal/fold.js';

export type LabelStyle = 'part' | 'article' | 'capital' | 'roman' | 'arabic' | 'decimal2' | 'decimal3' | 'letter' | 'ordinal' | 'dash';

export interface LabelMatch {
  style: LabelStyle;
  /** The label as printed, without its trailing "." / ")": "II", "2.1", "a", "Một là", "-". */
  label: string;
  /** Position in its sequence (I → 1, b → 2, "Hai là" → 2; for decimals the last component). */
  value: number;
  /** For decimals, the components: "3.1.1" → [3, 1, 1]. */
  path: number[];
  /** The rest of the line after the label. */
  rest: string;
  /** A roman numeral or ordinal word that OCR probably garbled ("HI", "Bén là"): renumbered by its place. */
  misread?: boolean;
}

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

export function toRoman(value: number): string {
  const parts: Array<[number, string]> = [[40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = value;
  let out = '';
  for (const [size, numeral] of parts) {
    while (rest >= size) {
      out += numeral;
      rest -= size;
    }
  }
  return out;
}

export function romanValue(numeral: string): number | null {
  if (!/^[IVXL]+$/u.test(numeral)) return null;
  let total = 0;
  for (let i = 0; i < numeral.length; i += 1) {
    const value = ROMAN_VALUES[numeral[i]];
    const next = ROMAN_VALUES[numeral[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total > 0 && total <= 40 ? total : null;
}

const ORDINALS = ['mot', 'hai', 'ba', 'bon', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi'];
const PART_ORDINALS = ['nhat', 'hai', 'ba', 'tu', 'nam', 'sau', 'bay', 'tam', 'chin', 'muoi'];
const CAPITALS = 'ABCDĐEG';
/** Vietnamese list letters in order: đ follows d. */
const LETTERS = 'abcdđeghiklmnopqrstuvxy';

const DASH = /^([-–—+•·▪●○◦*])\s*(?=\S)/u;

/** The label that opens `line`, or null. `line` is trimmed, markdown-free text. */
export function matchLabel(line: string): LabelMatch | null {
  const folded = fold(line);

  const part = /^phan\s+(?:thu\s+)?([a-z0-9]+)\s*[.:]?\s*/u.exec(folded);
  if (part && /^PH\S*N\b/u.test(line)) {
    const word = part[1];
    const value = PART_ORDINALS.indexOf(word) + 1 || romanValue(word.toUpperCase()) || Number(word) || 0;
    if (value > 0) {
      const label = line.slice(0, part[0].length).replace(/[\s.:]+$/u, '');
      return { style: 'part', label, value, path: [value], rest: line.slice(part[0].length).replace(/^[\s.:–-]+/u, '') };
    }
  }

  const article = /^dieu\s+(\d{1,3})\s*[.:]\s*/u.exec(folded);
  if (article) {
    const value = Number(article[1]);
    return { style: 'article', label: `${line.slice(0, 4)} ${value}`, value, path: [value], rest: line.slice(article[0].length) };
  }

  // Roman numerals. OCR turns I into 1, l, L, | or T ("I11.", "TH.", "IL"), II into H ("HI."), V into Y, and
  // drops or garbles the dot; such misreadings count only before a heading in capitals, and are
  // flagged so that sections.ts renumbers them by their place in the sequence.
  const roman = /^([IVXLHTYl1|]{1,4})(?:\s*([.,:)])\s*|\s+)(?=\S)/u.exec(line);
  // A numeral of misread Is alone ("1L.") needs its dot: "11 " or "1l" may be a number or a word.
  const romanLike = roman && (/[IVXHY]/u.test(roman[1]) || (roman[1].length >= 2 && /[TLl|]/u.test(roman[1]) && roman[2] === '.'));
  if (roman && romanLike && (roman[2] !== undefined || /^[IVX]+$/u.test(roman[1]) || roman[1].length >= 2)) {
    const rest = line.slice(roman[0].length);
    const misread = /[HTYLl1|]/u.test(roman[1]) || roman[2] !== '.';
    const numeral = roman[1].replace(/H/gu, 'II').replace(/Y/gu, 'V').replace(/[TLl1|]/gu, 'I');
    const value = romanValue(numeral) ?? (/^I+$/u.test(numeral) ? numeral.length : null);
    if (value !== null && (!misread || upperRatio(rest) >= 0.8)) {
      return { style: 'roman', label: numeral, value, path: [value], rest, misread };
    }
  }

  // "A. KẾT QUẢ ĐẠT ĐƯỢC", "B. PHƯƠNG HƯỚNG": capital letters above roman parts, before headings in capitals.
  const capital = /^([A-GĐ])\s*[.)]\s+(?=\S)/u.exec(line);
  if (capital && upperRatio(line.slice(capital[0].length)) >= 0.8) {
    const value = CAPITALS.indexOf(capital[1]) + 1;
    return { style: 'capital', label: capital[1], value, path: [value], rest: line.slice(capital[0].length) };
  }

  const decimal = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{1,2}))?\.?\s+(?=\S)/u.exec(line);
  if (decimal) {
    const path = [decimal[1], decimal[2], decimal[3]].filter((p) => p !== undefined).map(Number);
    return {
      style: path.length === 2 ? 'decimal2' : 'decimal3',
      label: path.join('.'),
      value: path[path.length - 1],
      path,
      rest: line.slice(decimal[0].length),
    };
  }

  // "2, Nhiệm vụ …", "6: Hướng dẫn …": OCR reads a label's dot as a comma or a colon; a capital
  // must follow then.
  const arabic = /^(\d{1,2})\s*(?:[.)]|[,:](?=\s*\p{Lu}))\s*(?=\S)/u.exec(line);
  if (arabic && !/^\d{1,2}\s*\.\s*\d/u.test(line)) {
    const value = Number(arabic[1]);
    return { style: 'arabic', label: arabic[1], value, path: [value], rest: line.slice(arabic[0].length) };
  }

  const letter = /^([a-zđ])\s*[).]\s+(?=\S)/u.exec(line);
  if (letter && LETTERS.includes(letter[1])) {
    return { style: 'letter', label: letter[1], value: LETTERS.indexOf(letter[1]) + 1, path: [], rest: line.slice(letter[0].length) };
  }

  // "Một là," … "Bảy là,"; OCR prints "là" as "13" or "1a" and garbles the number word ("Bén là"):
  // an unknown word is flagged, and sections.ts takes it only as the next item of a running list.
  const ordinal = /^(\S{1,5})\s+(?:la|13|1a|l3)\s*[,:]\s*/u.exec(folded);
  if (ordinal && /^\p{Lu}/u.test(line)) {
    const value = ORDINALS.indexOf(ordinal[1]) + 1;
    const word = line.slice(0, ordinal[1].length);
    return { style: 'ordinal', label: `${word} là`, value, path: [value], rest: line.slice(ordinal[0].length), misread: value === 0 };
  }

  const dash = DASH.exec(line);
  if (dash && !/^[-–—]\s*\d/u.test(line)) {
    return { style: 'dash', label: dash[1], value: 0, path: [], rest: line.slice(dash[0].length) };
  }
  return null;
}
