// Documents cited in the text: "Kế hoạch số 1115/KH-BCH ngày 18/12/2024 của Ban Chấp hành Liên
// minh Hợp tác xã Việt Nam", "Chỉ thị số 41-CT/TW …", "Luật Thi đua, khen thưởng". They feed a
// citation graph, so a citation is kept only when it carries a document number (or is a named
// law); issuer and date are taken only when printed right after it.
import type { Reference } from '../document.js';
import { fold, squeeze } from './_internal/fold.js';
import { leadingDate } from './dates.js';

// Folded type → the type as output; longer phrases first.
const TYPES: ReadonlyArray<[string, string]> = [
  ['thong tu lien tich', 'Thông tư liên tịch'],
  ['nghi quyet lien tich', 'Nghị quyết liên tịch'],
  ['ke hoach', 'Kế hoạch'],
  ['chi thi', 'Chỉ thị'],
  ['quyet dinh', 'Quyết định'],
  ['nghi quyet', 'Nghị quyết'],
  ['nghi dinh', 'Nghị định'],
  ['thong tu', 'Thông tư'],
  ['thong bao', 'Thông báo'],
  ['thong tri', 'Thông tri'],
  ['cong van', 'Công văn'],
  ['cong dien', 'Công điện'],
  ['chuong trinh', 'Chương trình'],
  ['huong dan', 'Hướng dẫn'],
  ['ket luan', 'Kết luận'],
  ['quy dinh', 'Quy định'],
  ['quy che', 'Quy chế'],
  ['bao cao', 'Báo cáo'],
  ['to trinh', 'Tờ trình'],
  ['van ban', 'Văn bản'],
  ['de an', 'Đề án'],
  ['phap lenh', 'Pháp lệnh'],
  ['luat', 'Luật'],
];

const TYPE_ALTERNATION = TYPES.map(([folded]) => folded.replace(/ /gu, '\\s+')).join('|');
// Folded text: a type, optional "số", then a number with a symbol: 1115/kh-bch, 41-ct/tw, 15/2022/qh15.
const CITATION = new RegExp(
  `(?<![a-z])(${TYPE_ALTERNATION})\\s+(?:s[o06d]\\s*[:.]?\\s*)?(\\d{1,5}(?:\\s?[/-]\\s?[a-z0-9.]*[a-z][a-z0-9.]*|\\s?/\\s?\\d{4})+(?:\\s?[/-]\\s?[a-z0-9]+)*)`,
  'gu',
);
const LAW = /(?<![a-z])luat\s+(?=\S)/gu;
// Lower-case words (folded) that end an issuer's name ("… Việt Nam về việc …"); capitalised
// words never do, so "Bộ Tài chính" and "Trung ương Đảng" stay whole.
const ISSUER_STOP_WORDS = new Set(['ve', 'v/v', 'va', 'voi', 'nham', 'tai', 'theo', 'da', 'trong', 'ngay', 'so', 'cho', 'tu', 'den', 'dang', 'duoc', 'nay', 'nhu', 'o', 'la', 'ke', 'can', 'de', 'khi', 'thi']);
const ISSUER_STOP_PAIRS = new Set(['ban hanh', 'quy dinh', 'huong dan', 'trien khai', 'phat dong', 'doi voi', 'thuc hien', 'tiep tuc', 'to chuc']);
const MAX_ISSUER_WORDS = 12;
const MAX_LAW_WORDS = 8;
/**
 * How far after a citation its date and issuer (or after "Luật" the law's name) are looked for,
 * in characters: a date and twelve words fit many times over. Reading to the end of the text
 * made a page of old OCR text with thousands of citations quadratic (a 0.9 MB page: 15 s).
 */
const CITATION_REACH = 600;

function canonicalType(foldedType: string): string {
  const key = foldedType.replace(/\s+/gu, ' ');
  return TYPES.find(([folded]) => folded === key)?.[1] ?? key;
}

/** "1115/KH-BCH ." → "1115/KH-BCH": spaces around separators dropped, end punctuation trimmed. */
export function cleanNumber(printed: string): string {
  return printed.replace(/\s*([/-])\s*/gu, '$1').replace(/[.\-/]+$/u, '');
}

/** The issuer after "của" at the start of `text`, or null. */
function issuerAfter(text: string): string | null {
  const opening = /^\s*,?\s*cua\s+/u.exec(fold(text));
  if (!opening) return null;
  const words = text.slice(opening[0].length).split(' ');
  if (!/^\p{Lu}/u.test(words[0] ?? '')) return null;
  const kept: string[] = [];
  for (let i = 0; i < words.length && kept.length <= MAX_ISSUER_WORDS; i += 1) {
    const word = words[i];
    if (/^[(“"']/u.test(word)) break;
    const key = fold(word).replace(/[^a-z/]/gu, '');
    const lower = /^\p{Ll}/u.test(word);
    if (lower && (ISSUER_STOP_WORDS.has(key) || ISSUER_STOP_PAIRS.has(`${key} ${fold(words[i + 1] ?? '').replace(/[^a-z]/gu, '')}`))) break;
    const hardEnd = /[,;:.)”"]$/u.exec(word);
    kept.push(hardEnd ? word.replace(/[,;:.)”"]+$/u, '') : word);
    if (hardEnd) break;
  }
  if (kept.length === 0 || kept.length > MAX_ISSUER_WORDS) return null;
  return kept.join(' ');
}

function citedAt(text: string, type: string, number: string | null, after: number): Reference {
  let rest = text.slice(after, after + CITATION_REACH);
  let date: string | null = null;
  const dateOpening = /^\s*,?\s*(?:ngay|ban hanh ngay)\s+/u.exec(fold(rest));
  if (dateOpening) {
    const found = leadingDate(rest.slice(dateOpening[0].length));
    if (found) {
      date = found.date;
      rest = rest.slice(dateOpening[0].length + found.length);
    }
  }
  return { type, number, date, issuer: issuerAfter(rest) };
}

/** A named law: "Luật Thi đua, khen thưởng năm 2022" → "Luật Thi đua, khen thưởng". */
function lawName(text: string, start: number): string | null {
  const rest = text.slice(start, start + CITATION_REACH);
  if (!/^\p{Lu}/u.test(rest)) return null;
  const stop = /\s(?:nam\s+\d{4}|va|so|ngay|cua|ve|da|duoc|hien hanh|nam)(?=\s|$)|[.;:()“”"]/u.exec(fold(rest));
  const name = squeeze(stop ? rest.slice(0, stop.index) : rest).replace(/,$/u, '');
  const words = name.split(' ');
  return words.length >= 1 && words.length <= MAX_LAW_WORDS ? `Luật ${name}` : null;
}

/** Every cited document, deduplicated by type and number, in order of first citation. */
export function findReferences(text: string, ownNumber: string | null = null): Reference[] {
  const flat = text.normalize('NFC').replace(/\s+/gu, ' ');
  const folded = fold(flat);
  const found: Array<{ at: number; ref: Reference }> = [];
  for (const m of folded.matchAll(CITATION)) {
    const at = m.index ?? 0;
    const numberStart = at + m[0].length - m[2].length;
    const number = cleanNumber(flat.slice(numberStart, at + m[0].length));
    if (!/\p{L}/u.test(number.replace(/^\d+/u, '')) && !/\/\d{4}\//u.test(number)) continue;
    if (ownNumber && number.toLowerCase() === ownNumber.toLowerCase()) continue;
    found.push({ at, ref: citedAt(flat, canonicalType(m[1]), number, at + m[0].length) });
  }
  for (const m of folded.matchAll(LAW)) {
    const at = m.index ?? 0;
    if (!/^L/u.test(flat.slice(at))) continue;
    if (/^so\b/u.test(folded.slice(at + m[0].length))) continue;
    const name = lawName(flat, at + m[0].length);
    if (name) found.push({ at, ref: { type: name, number: null, date: null, issuer: null } });
  }
  found.sort((a, b) => a.at - b.at);

  const byKey = new Map<string, Reference>();
  for (const { ref } of found) {
    const key = `${fold(ref.type)}|${(ref.number ?? '').toLowerCase()}`;
    const seen = byKey.get(key);
    if (!seen) byKey.set(key, ref);
    else {
      seen.date ??= ref.date;
      seen.issuer ??= ref.issuer;
    }
  }
  return [...byKey.values()];
}
