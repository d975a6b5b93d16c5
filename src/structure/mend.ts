// What the document's own order tells of its OCR'd text. Tesseract drops an I of a bold
// heading numeral ("III." read "II.") or turns one into H, T, L or 1 ("IH."), or loses its dot
// ("I KẾT QUẢ"): such a numeral is written as the one its place in the sequence calls for. In the small type of the recipients,
// it reads an entry's ";" as ":" and "(b/c)" as "(b/O)". Between the signer's post and name,
// where print has nothing, it reads the pen strokes of the signature as a short line of
// nonsense ("NAVN", "&v.z"). Mended in the text as in the lines.
import { distance } from 'fastest-levenshtein';
import { applyCase } from '../normalize/restorer.js';
import { isSyllable } from '../normalize/syllable.js';
import type { OcrLine } from '../ocr/types.js';
import type { PageText } from '../pages.js';
import { fold, upperRatio } from './_internal/fold.js';
import { isNameLine, isPostLine, isRecipientsLabel } from './closing.js';
import { matchLabel, toRoman } from './labels.js';

/** The numeral as printed at the line's start (after any indent), and the mark after it. */
const PRINTED = /^(\s*)([IVXLHTYl1|]{1,4})(?:\s*[.,:)]\s*|\s+)/u;

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
    const printed = PRINTED.exec(line);
    const numeral = printed?.[2] ?? '';
    const written = toRoman(last + 1);
    const inPlace = label.value === last + 1 || label.misread === true || dropsAnI(numeral, written);
    last = inPlace ? last + 1 : label.value;
    if (!ocr || !inPlace || !printed) return line;
    // "I KẾT QUẢ", "II, TỒN TẠI": the dot after the numeral lost or misread too.
    const mended = `${printed[1]}${written}. `;
    return printed[0] === mended ? line : mended + line.slice(printed[0].length);
  });
}

/** "(b/O)", "(b/©)", "(b/C)": the OCR's readings of "(b/c)" (báo cáo, to report to) in small type. */
const REPORT_TO = /\(b\/[oO0©C]\)/gu;
/** The recipients' last entry, "- Lưu: VT" (kept by the clerk's office), its dash maybe lost. */
const FILED_ENTRY = /^\s*(?:[-–+]\s*)?L[ưu]u\s*:/u;
/** Its VT with the T read as an I: "Lưu: VI, TH." */
const FILED = /^(\s*(?:[-–+]\s*)?)(L[ưu]u\s*:\s*)V[IỊl1|](?=[\s,.;]|$)/u;

/**
 * The OCR pages with the entries of their recipient lists mended where small type misleads
 * the engine: an entry ending in ":" ends in ";" (the last ends in "."), "(b/O)" is "(b/c)", and
 * the last entry is "- Lưu: VT, …" (VT, the clerk's office, read "VI"; its dash lost).
 */
export function mendRecipients(pages: PageText[]): PageText[] {
  let inList = false;
  return rewriteLines(pages, (line, ocr) => {
    if (isRecipientsLabel(line)) inList = true;
    else if (line.trim() !== '' && !/^\s*[-–+]/u.test(line) && /^\s*\p{Lu}/u.test(line) && upperRatio(line) >= 0.8) inList = false;
    if (!ocr || !inList) return line;
    // The list's last entry, "- Lưu: VT, TĐKT.": its T, its dash, the space after its commas.
    if (FILED_ENTRY.test(line)) {
      return line.replace(FILED, '$1$2VT').replace(/^(\s*)(?=L)/u, '$1- ').replace(/,(?=\S)/gu, ', ');
    }
    if (!/^\s*[-–+]/u.test(line)) return line;
    return line.replace(REPORT_TO, '(b/c)').replace(/:\s*$/u, ';');
  });
}

/** The national title and motto as Decree 30/2020/NĐ-CP prints them, by their letters without marks. */
const TITLE = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
/** A line's letters, folded, and nothing else: how the fixed lines are known however misread. */
const lettersOf = (text: string): string => fold(text).replace(/[^a-z]/gu, '');
const TITLE_LETTERS = lettersOf(TITLE);
const MOTTO_LETTERS = lettersOf(MOTTO);
const FIXED_LINES = new Map([TITLE, MOTTO].map((line) => [lettersOf(line), line]));
/** The motto as some offices print it, with en dashes: left as printed. */
const MOTTO_EN_DASH = 'Độc lập – Tự do – Hạnh phúc';

/**
 * The OCR pages with the lines every document prints the same written so: the national title
 * and motto ("CỘNG HÓA XÃ HỘI", "Tự-do" read for "CỘNG HÒA", "Tự do"), and a numbered heading
 * without the underscore an underline above it left ("_2. Nội dung thi đua", "_1.Mục tiêu").
 */
export function mendFixedLines(pages: PageText[]): PageText[] {
  return rewriteLines(pages, (line, ocr) => {
    if (!ocr) return line;
    const indent = /^\s*/u.exec(line)?.[0] ?? '';
    const fixed = FIXED_LINES.get(lettersOf(line));
    // As the header prints it: the title in capitals, the motto not; neither ends a sentence
    // ("… Quốc khánh nước / Cộng hòa xã hội chủ nghĩa Việt Nam." is body text).
    const printedSo = fixed !== undefined && (upperRatio(line) >= 0.8) === (upperRatio(fixed) >= 0.8) && !/\.\s*$/u.test(line);
    if (fixed !== undefined && printedSo && line.trim() !== MOTTO_EN_DASH) return indent + fixed;
    return line.replace(/^(\s*)[_‗]+(?=\d{1,2}\.(?:\s|\p{Lu}))/u, '$1');
  });
}

/** Most letters of the national title the engine may misread and the title still be known ("VIỆT NAN"). */
const TITLE_SLIPS = 2;
/** The header ends within this many lines of a page: the motto is looked for there. */
const HEADER_LINES = 16;

/**
 * The first OCR page with its national title on the line above its motto, where the header's
 * right column stands. When the header's two columns nearly touch, the engine reads the title as
 * the end of the left column's first line ("ỦY BAN MẶT TRẬN TỔ QUỐC CỘNG HÒA XÃ HỘI…") or puts
 * it between the left column's lines; and it reads a motto it found tight against the date
 * as two lines ("Độc lập - Tự do -" / "Hạnh phúc"). Both are put back as the header prints
 * them: the motto on one line, the title (in capitals, a letter or two misread at most) alone
 * just above it.
 */
export function placeNationalTitle(pages: PageText[]): PageText[] {
  return mendFirstOcrPage(pages, (entries) => {
    const header = nonBlankIndices(entries).slice(0, HEADER_LINES);
    let motto = header.find((i) => lettersOf(entries[i].text) === MOTTO_LETTERS);
    if (motto === undefined) {
      // The motto in two lines: its start, then (next) its end.
      const at = header.findIndex((i, n) => {
        const start = lettersOf(entries[i].text);
        return start.length >= 8 && MOTTO_LETTERS.startsWith(start) && n + 1 < header.length && start + lettersOf(entries[header[n + 1]].text) === MOTTO_LETTERS;
      });
      if (at < 0) return;
      motto = header[at];
      const end = header[at + 1];
      entries[motto] = joinEntries(entries[motto], entries[end]);
      entries.splice(end, 1);
    }
    const found = findTitle(entries, header.filter((i) => i < motto));
    const above = entries.slice(0, motto).findLastIndex((entry) => entry.text.trim() !== '');
    if (found !== null && !(found.split === 0 && found.line === above)) {
      const { line, split } = found;
      const [left, title] = splitEntry(entries[line], split);
      const indent = /^\s*/u.exec(entries[motto].text)?.[0] ?? '';
      entries.splice(motto, 0, { ...title, text: indent + TITLE });
      if (split === 0) entries.splice(line, 1);
      else entries[line] = left;
    }
  });
}

/** The pages with the first OCR page's lines as `mend` leaves them (it changes them in place). */
function mendFirstOcrPage(pages: PageText[], mend: (entries: Entry[]) => void): PageText[] {
  const first = pages.findIndex((page) => page.source === 'ocr');
  if (first < 0) return pages;
  const entries = entriesOf(pages[first]);
  mend(entries);
  const mended = pageOf(pages[first], entries);
  return mended === pages[first] ? pages : pages.map((page, i) => (i === first ? mended : page));
}

/**
 * The line among `candidates` that holds the national title in capitals, at its end, and the
 * word it starts at (0: the line is the title); null when none does.
 */
function findTitle(entries: Entry[], candidates: number[]): { line: number; split: number } | null {
  for (const line of candidates) {
    const words = entries[line].text.trim().split(/\s+/u);
    let best: { split: number; slips: number } | null = null;
    for (let split = 0; split < words.length; split++) {
      const rest = words.slice(split).join(' ');
      if (upperRatio(rest) < 0.8) continue;
      const slips = distance(lettersOf(rest), TITLE_LETTERS);
      if (slips <= TITLE_SLIPS && (best === null || slips < best.slips)) best = { split, slips };
    }
    if (best !== null) return { line, split: best.split };
  }
  return null;
}

/** Two lines as one, their OCR lines' words and boxes too. */
function joinEntries(one: Entry, other: Entry): Entry {
  const text = `${one.text.trimEnd()} ${other.text.trim()}`;
  if (one.ocr === null || other.ocr === null) return { text, ocr: null };
  return { text, ocr: ocrLineOf(text, [...one.ocr.words, ...other.ocr.words], one.ocr) };
}

/** A line cut before its word `split`: the part before and the part from there. */
function splitEntry(entry: Entry, split: number): [Entry, Entry] {
  const indent = /^\s*/u.exec(entry.text)?.[0] ?? '';
  const words = entry.text.trim().split(/\s+/u);
  const left = indent + words.slice(0, split).join(' ');
  const right = words.slice(split).join(' ');
  const ocr = entry.ocr;
  if (ocr === null) return [{ text: left, ocr: null }, { text: right, ocr: null }];
  // Word boxes go with the words when the engine's words are the text's; else each part keeps the line's box.
  if (ocr.words.length !== words.length) return [{ text: left, ocr: { ...ocr, words: [] } }, { text: right, ocr: { ...ocr, words: [] } }];
  return [
    { text: left, ocr: ocrLineOf(left, ocr.words.slice(0, split), ocr) },
    { text: right, ocr: ocrLineOf(right, ocr.words.slice(split), ocr) },
  ];
}

/** An OCR line of these words: their joint box and mean confidence (the line's own when there are none). */
function ocrLineOf(text: string, words: OcrLine['words'], line: OcrLine): OcrLine {
  if (words.length === 0) return { ...line, text, words };
  const bbox = {
    x0: Math.min(...words.map((word) => word.bbox.x0)),
    y0: Math.min(...words.map((word) => word.bbox.y0)),
    x1: Math.max(...words.map((word) => word.bbox.x1)),
    y1: Math.max(...words.map((word) => word.bbox.y1)),
  };
  const confidence = words.reduce((sum, word) => sum + word.confidence, 0) / words.length;
  return { text: text.trim(), confidence, bbox, words };
}

/** A header line's word the engine misreads: "TÍNH" (no issuer is named "calculate") for "TỈNH". */
const HEADER_SLIP = /(^|\s)TÍNH(?=\s|$)/gu;
/** Where a header line names its province or city, what follows: within the line, or on the next. */
const PLACE_LABEL = /(?:^|\s)(?:TỈNH|THÀNH PHỐ|TP\.)(?=\s|$)/gu;
/** The date line's place, before "ngày". */
const DATE_PLACE = /^(\s*)([^,\d]{2,40}?)(?=\s*,\s*ngày)/u;
/** Most words a place name has. */
const PLACE_WORDS = 4;

/**
 * The first OCR page with the places its header names spelt as the lexicon spells them: the
 * issuer's province in capitals ("TỈNH TUYẾN QUANG", "ĐẮK LĂK" read for "TUYÊN QUANG", "ĐẮK
 * LẮK"), "TÍNH" read for "TỈNH" in a line in capitals, and the date line's place ("Đắk Lăk,
 * ngày …"). A place is taken only when its letters without marks are those of one place of
 * `places` and of no other.
 */
export function mendHeaderPlaces(pages: PageText[], places: ReadonlySet<string>): PageText[] {
  if (places.size === 0) return pages;
  const byFold = termsByKey(places, fold);
  const placeOf = (words: string[]): string | null => byFold.get(fold(words.join(' '))) ?? null;
  /** The line in capitals with the place its words from `from` name (the longest that is one) spelt so. */
  const mendPlaceAt = (line: string, from: number): string => {
    const words = line.slice(from).trim().split(/\s+/u);
    for (let n = Math.min(PLACE_WORDS, words.length); n >= 1; n--) {
      const place = placeOf(words.slice(0, n));
      if (place === null) continue;
      const rest = words.slice(n).join(' ');
      return line.slice(0, from) + (/^\s/u.test(line.slice(from)) ? ' ' : '') + place.toUpperCase() + (rest ? ` ${rest}` : '');
    }
    return line;
  };
  return mendFirstOcrPage(pages, (entries) => {
    let placeNext = false;
    for (const i of nonBlankIndices(entries).slice(0, HEADER_LINES)) {
      let line = entries[i].text;
      const capitals = upperRatio(line) >= 0.8;
      if (capitals) {
        line = line.replace(HEADER_SLIP, '$1TỈNH');
        if (placeNext) line = mendPlaceAt(line, 0);
        // The words after each "TỈNH" of the line, the last first: a mend changes only what follows.
        const ends = [...line.matchAll(PLACE_LABEL)].map((match) => (match.index ?? 0) + match[0].length);
        for (const end of [...ends].reverse()) line = mendPlaceAt(line, end);
        // A label that ends the line names the place on the next.
        placeNext = ends.length > 0 && line.slice(ends[ends.length - 1]).trim() === '';
      } else {
        placeNext = false;
        const date = DATE_PLACE.exec(line);
        if (date) {
          const place = placeOf(date[2].trim().split(/\s+/u));
          if (place !== null) line = date[1] + place + line.slice(date[1].length + date[2].length);
        }
      }
      if (line !== entries[i].text) entries[i] = { ...entries[i], text: line };
    }
  });
}

/** Each key of the terms, with the one term it is the key of (null: two or more are). */
function termsByKey(terms: Iterable<string>, key: (term: string) => string): Map<string, string | null> {
  const byKey = new Map<string, string | null>();
  for (const term of terms) {
    const k = key(term);
    byKey.set(k, byKey.has(k) && byKey.get(k) !== term ? null : term);
  }
  return byKey;
}

/**
 * The OCR pages with each pair of double quotes in one style: the engine reads a straight quote
 * as curly or the other way round at one end of a quotation ('"Phụ nữ tích cực học tập”'), so the
 * closing quote is written in the opening one's style.
 */
export function pairQuotes(pages: PageText[]): PageText[] {
  return rewriteLines(pages, (line, ocr) => (ocr ? line.replace(/"([^"“”]*)”/gu, '"$1"').replace(/“([^"“”]*)"/gu, '“$1”') : line));
}

/** "Số:" alone on its line: the number's blank ("Số:    /KH-UBND") is wide enough to part them. */
const NUMBER_LABEL_ALONE = /^\s*S[ố6o]\s*[:.]?\s*$/u;
/** A document number's start: digits, maybe spaces, a slash, a capital ("6 /KH-UBND", "640/.LMHTX"). */
const NUMBER_START = /^\s*\d{1,5}\s*\/\s*\.?\s*\p{Lu}/u;
/** The "Số:" line with its number. */
const NUMBER_LINE = /^\s*S[ố6o]\s*[:.]?\s*\d/u;
/** A dot read after the number's slash ("640/.LMHTX"): a speck. */
const DOT_AFTER_SLASH = /(\d\s*\/)\s*\.\s*(?=\p{Lu})/u;

/**
 * The OCR pages with the document's number on the line of its "Số:" label: the engine reads a
 * number whose blank was left wide ("Số: 6 /KH-UBND") as two lines, "Số:" and "6/KH-UBND", and
 * a speck after the slash as a dot ("640/.LMHTX").
 */
export function mendNumberLine(pages: PageText[]): PageText[] {
  const joined = pages.map((page) => {
    if (page.source !== 'ocr') return page;
    const all = page.text.split('\n');
    const label = all.findIndex((line) => NUMBER_LABEL_ALONE.test(line));
    const next = all.findIndex((line, i) => i > label && line.trim() !== '');
    if (label < 0 || next < 0 || !NUMBER_START.test(all[next])) return page;
    return withoutLines(withLine(page, label, `${all[label].trimEnd()} ${all[next].trim()}`), label + 1, next + 1);
  });
  return rewriteLines(joined, (line, ocr) => (ocr && NUMBER_LINE.test(line) ? line.replace(DOT_AFTER_SLASH, '$1') : line));
}

/** Most letters and digits a line read from a signature's strokes has; a line of print has more. */
const SCRAWL_MAX_CHARACTERS = 10;
/** "(Đã ký)", "Ký tên": the one thing print may put where the signature goes. */
const SIGNED = /k[yý]/iu;

/**
 * A short line with no Vietnamese syllable in it ("NAVN", "N7", "&v.z"), unlike a post read in
 * two ("PHÓ CHỦ") or misread ("PHÓ GI]ÁM ĐỐC").
 */
function isScrawl(line: string): boolean {
  if (line.replace(/[^\p{L}\p{N}]/gu, '').length > SCRAWL_MAX_CHARACTERS || SIGNED.test(line)) return false;
  return line
    .trim()
    .split(/\s+/u)
    .every((word) => !isSyllable(word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase()));
}

/** The text line of the recipients' last entry, "- Lưu: VT, …" (-1: none). */
function filedLine(all: readonly string[]): number {
  return all.findLastIndex((line) => FILED_ENTRY.test(line));
}

/** The first name line after line `from` (-1: none, or `from` is -1). */
function nameAfter(all: readonly string[], from: number): number {
  return from < 0 ? -1 : all.findIndex((line, i) => i > from && isNameLine(line));
}

/** The text lines of the signer's last post ("PHÓ CHỦ TỊCH") and of the name after it, if both are there. */
function signatureGap(all: readonly string[]): { post: number; name: number } | null {
  const post = all.findLastIndex((line) => isPostLine(line.trim()));
  const name = nameAfter(all, post);
  return name < 0 ? null : { post, name };
}

/**
 * The OCR pages without the short lines read between a signer's post and name: the pen strokes
 * of the signature (and the seal over them) read as text. Only when every line there is such
 * scrawl: a longer line, one with a Vietnamese syllable ("PHÓ CHỦ", a post read in two) or one
 * saying the document was signed ("(Đã ký)") may be print, and then all stay.
 */
export function dropSignatureScrawl(pages: PageText[]): PageText[] {
  return pages.map((page) => {
    if (page.source !== 'ocr') return page;
    const all = page.text.split('\n');
    const gap = signatureGap(all);
    if (gap === null) return page;
    const between = all.slice(gap.post + 1, gap.name).filter((line) => line.trim() !== '');
    if (between.length === 0 || !between.every(isScrawl)) return page;
    return withoutLines(page, gap.post + 1, gap.name);
  });
}

/**
 * The OCR pages with the signer's family name mended: the name after the post ("Đỉnh Hồng
 * Nhung", "Phần Xuân Phúc", "Tgô Xuân Huy") begins with a family name, and one that is none is
 * the family name it differs from by its marks alone, or else by one letter read as another,
 * when only one does ("Đinh", "Phan", "Ngô"). Where two would do ("Lượng": Lương or Lường) it
 * stays as read.
 */
export function mendSignerName(pages: PageText[], familyNames: ReadonlySet<string>): PageText[] {
  if (familyNames.size === 0) return pages;
  // Any marks dropped, not only Vietnamese ones: the engine reads "Hoàng" as "Hơäng" too.
  const byBase = termsByKey(familyNames, fold);
  const mend = (word: string): string => {
    if (familyNames.has(word)) return word;
    const sameBase = byBase.get(fold(word));
    // One family name by its marks is that one; two leave the word as read.
    if (sameBase !== undefined) return sameBase ?? word;
    const near = [...familyNames].filter((family) => oneLetterApart(family.toLowerCase(), word.toLowerCase()));
    return near.length === 1 ? near[0] : word;
  };
  return pages.map((page) => {
    if (page.source !== 'ocr') return page;
    const all = page.text.split('\n');
    // Where the post was misread past knowing ("CHÚ NỊCH", "ØNU"), the name is the first after the
    // recipients' "- Lưu:" entry, which ends the list the signature stands beside.
    const name = signatureGap(all)?.name ?? nameAfter(all, filedLine(all));
    if (name < 0) return page;
    const line = all[name];
    const first = /\p{L}+/u.exec(line);
    if (!first) return page;
    const family = mend(first[0]);
    if (family === first[0]) return page;
    const mended = line.slice(0, first.index) + family + line.slice(first.index + first[0].length);
    return withLine(page, name, mended);
  });
}

/**
 * The OCR pages with the lines of the signature block that are a signature title a letter or
 * two off ("XKT.CHỦ TỊCH", "PHÔ CHỦ TỊCH", "TM: BẠN THƯỜNG VỤ": a pen stroke or the seal over
 * them) written as the title (`titles.tsv`): lines in capitals after the recipients' "- Lưu:"
 * entry, within 2 edits and a fifth of their length of one title, and closer to it than to any
 * other.
 */
export function mendSignatureTitles(pages: PageText[], titles: ReadonlySet<string>): PageText[] {
  if (titles.size === 0) return pages;
  const known = [...titles];
  return pages.map((page) => {
    if (page.source !== 'ocr') return page;
    const all = page.text.split('\n');
    const filed = filedLine(all);
    if (filed < 0) return page;
    // The title a line in capitals is a letter or two off, if one is closest; null for none.
    const closest = (line: string): string | null => {
      if (line.length < 4 || upperRatio(line) < 0.6) return null;
      const ranked = known.map((title) => ({ title, edits: distance(title, line) })).sort((a, b) => a.edits - b.edits);
      const [best, next] = ranked;
      return best.edits > Math.min(2, Math.floor(line.length / 5)) || (next && next.edits === best.edits) ? null : best.title;
    };
    let mended = page;
    let dropped = 0;
    for (let at = filed + 1; at < all.length; at++) {
      const line = all[at].trim();
      if (titles.has(line)) continue;
      // A post the reading order cut in two ("GIẤM" / "ĐỐC"): neither part a title, both together one.
      const after = all[at + 1]?.trim() ?? '';
      const joined = after !== '' && !titles.has(after) && closest(line) === null ? closest(`${line} ${after}`) : null;
      if (joined) {
        mended = withoutLines(withLine(mended, at - dropped, all[at].replace(line, joined)), at - dropped + 1, at - dropped + 2);
        dropped++;
        at++;
        continue;
      }
      const title = closest(line);
      if (title) mended = withLine(mended, at - dropped, all[at].replace(line, title));
    }
    return mended;
  });
}

/** A document cited by its number, "số 1595/HD-BTĐKT": the code after the slash names its type. */
const CITATION = /(?<=^|\s)số\s+\d+\/(\p{Lu}{2,3})(?=[-\s.,;)]|$)/gu;

/** The initials of a type's words: "Hướng dẫn" → "HD", "Quyết định" → "QĐ". */
function initials(type: string): string {
  return type
    .split(/\s+/u)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}

/**
 * A cited document's type misread in its marks ("Hướng dân số 1595/HD-BTĐKT", "dân số" being
 * the likelier pair to a language model): written as the lexicon's type whose initials the code
 * is and whose letters without marks the words before "số" have.
 */
export function mendCitedTypes(pages: PageText[], docTypes: ReadonlySet<string>): PageText[] {
  const byKey = termsByKey(docTypes, (type) => `${initials(type)} ${fold(type)}`);
  if (byKey.size === 0) return pages;
  return rewriteLines(pages, (line, ocr) => {
    if (!ocr) return line;
    let out = line;
    for (const match of [...line.matchAll(CITATION)].reverse()) {
      const words = line.slice(0, match.index).trimEnd().split(/\s+/u);
      for (const count of [2, 3]) {
        const written = words.slice(-count).join(' ');
        const type = words.length >= count ? byKey.get(`${match[1]} ${fold(written)}`) : undefined;
        if (!type) continue;
        const at = line.lastIndexOf(written, match.index);
        out = out.slice(0, at) + applyCase(written, type.toLowerCase()) + out.slice(at + written.length);
        break;
      }
    }
    return out;
  });
}

/** What the mends take from the lexicon: its terms of a kind ("title", "family-name"). */
export type TermsOf = (kind: string) => ReadonlySet<string>;

/**
 * Every mend, in the order they build on each other: the fixed lines and the number before the
 * headings and the recipients; the signature's titles before the scrawl between post and name
 * (found by the post) and before the signer's name.
 */
export function mendOcrText(pages: PageText[], termsOf: TermsOf): PageText[] {
  const places = new Set([...termsOf('province'), ...termsOf('province-old'), ...termsOf('district')]);
  const header = mendHeaderPlaces(mendFixedLines(placeNationalTitle(pairQuotes(pages))), places);
  const body = mendCitedTypes(mendRecipients(renumberHeadings(mendNumberLine(header))), termsOf('doc-type'));
  return mendSignerName(dropSignatureScrawl(mendSignatureTitles(body, termsOf('title'))), termsOf('family-name'));
}

/** Same length, one letter different: how OCR misreads a letter ("tgô" for "ngô"). */
function oneLetterApart(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  return x.length === y.length && x.filter((char, i) => char !== y[i]).length === 1;
}

/** A line of a page's text, with the OCR line it was read from when the page's lines match its text. */
interface Entry {
  text: string;
  ocr: OcrLine | null;
}

/**
 * The page's text lines, each with its OCR line: the OCR lines are the text's non-blank lines,
 * one for one, when they count the same (see restorePage).
 */
function entriesOf(page: PageText): Entry[] {
  const all = page.text.split('\n');
  const nonBlank = all.filter((line) => line.trim() !== '').length;
  const ocr = page.lines && page.lines.length === nonBlank ? page.lines : null;
  let next = 0;
  return all.map((text) => ({ text, ocr: text.trim() === '' || ocr === null ? null : ocr[next++] }));
}

function nonBlankIndices(entries: Entry[]): number[] {
  return entries.flatMap((entry, i) => (entry.text.trim() === '' ? [] : [i]));
}

/** The page with these lines; its OCR lines follow them where they matched its text before. */
function pageOf(page: PageText, entries: Entry[]): PageText {
  const text = entries.map((entry) => entry.text).join('\n');
  if (text === page.text) return page;
  const written = entries.filter((entry) => entry.text.trim() !== '');
  const matched = page.lines !== null && written.every((entry) => entry.ocr !== null);
  return { ...page, text, lines: matched ? written.map((entry) => ({ ...(entry.ocr as OcrLine), text: entry.text.trim() })) : page.lines };
}

/** The page with text line `at` rewritten, its OCR line too. */
function withLine(page: PageText, at: number, text: string): PageText {
  const entries = entriesOf(page);
  entries[at] = { ...entries[at], text };
  return pageOf(page, entries);
}

/** The page without its text lines from `from` up to `to` (not included), its OCR lines too. */
function withoutLines(page: PageText, from: number, to: number): PageText {
  const entries = entriesOf(page);
  entries.splice(from, to - from);
  return pageOf(page, entries);
}

/** The pages with each line of their text rewritten in order, the OCR's lines with them. */
function rewriteLines(pages: PageText[], rewrite: (line: string, ocr: boolean) => string): PageText[] {
  return pages.map((page) => {
    const ocr = page.source === 'ocr';
    return pageOf(page, entriesOf(page).map((entry) => ({ ...entry, text: rewrite(entry.text, ocr) })));
  });
}
