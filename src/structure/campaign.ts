// Emulation campaigns (thi đua): the campaign's name, its period and the awards it offers.
import type { Campaign } from '../document.js';
import { fold, squeeze } from './_internal/fold.js';
import { leadingDate } from './dates.js';

/** A document is about a campaign when its type line or title speaks of thi đua or a phát động. */
export function isCampaignDocument(title: string | null, documentType: string): boolean {
  return documentType === 'phat-dong' || (title !== null && /thi dua/u.test(fold(title)));
}

/** The first quoted title “…” in the text, or null. */
export function quotedName(text: string): string | null {
  const m = /[“"]\s*([^“”"]{4,300}?)\s*[”"]/u.exec(text);
  return m ? squeeze(m[1]) : null;
}

const DATE_AT = String.raw`(\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}|\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4})`;
// Folded: "từ (ngày) D đến (hết) (ngày) D" or "từ D - D".
const PERIOD = new RegExp(`tu\\s+(?:ngay\\s+)?${DATE_AT}\\s*(?:[-–]|den\\s+(?:het\\s+)?(?:ngay\\s+)?)\\s*${DATE_AT}`, 'gu');

/** The campaign period, preferring one announced as "Thời gian thi đua". */
export function findPeriod(text: string): Campaign['period'] {
  const flat = text.replace(/\s+/gu, ' ');
  const folded = fold(flat);
  let best: Campaign['period'] = null;
  for (const m of folded.matchAll(PERIOD)) {
    const from = leadingDate(m[1])?.date ?? null;
    const to = leadingDate(m[2])?.date ?? null;
    if (from === null && to === null) continue;
    const lead = folded.slice(Math.max(0, (m.index ?? 0) - 120), m.index ?? 0);
    if (/thoi gian/u.test(lead)) return { from, to };
    best ??= { from, to };
  }
  return best;
}

const AWARD = /(?<![a-z])(co thi dua|bang khen|giay khen|chien si thi dua(?: co so| cap tinh| cap bo| toan quoc)?|tap the lao dong xuat sac|lao dong tien tien|huan chuong lao dong(?: hang (?:nhat|nhi|ba))?|ky niem chuong)(?![a-z])/gu;
// A grantor's name ends at punctuation, at a linking word, or where a list label follows ("… Việt Nam a. Tập thể").
const GRANTOR_END = /[.,;:()“”"]|\s(?:cho|ve|va|voi|doi voi|theo|nham|trong|tu|den|de|neu)\s|\s(?:[a-z]|\d+(?:\.\d+)*)[.)]?\s/u;
const MAX_GRANTOR_WORDS = 12;

/** Awards named in the text, with their grantor when printed ("Bằng khen của Ban Chấp hành …"). */
export function findAwards(text: string): string[] {
  const flat = text.replace(/\s+/gu, ' ');
  const folded = fold(flat);
  const awards: string[] = [];
  for (const m of folded.matchAll(AWARD)) {
    const at = m.index ?? 0;
    let award = flat.slice(at, at + m[0].length);
    const after = folded.slice(at + m[0].length);
    const grantor = /^\s+(?:cua|do)\s+/u.exec(after);
    if (grantor) {
      const start = at + m[0].length + grantor[0].length;
      const rest = flat.slice(start);
      if (/^\p{Lu}/u.test(rest)) {
        const end = GRANTOR_END.exec(fold(rest));
        const name = squeeze(end ? rest.slice(0, end.index) : rest);
        if (name.split(' ').length <= MAX_GRANTOR_WORDS) award = `${award}${flat.slice(at + m[0].length, start)}${name}`;
      }
    }
    award = squeeze(award);
    awards.push(award.charAt(0).toUpperCase() + award.slice(1));
  }
  // Keep the fullest form of each award: "Giấy khen" and "Giấy khen của … tỉnh" give way to "… tỉnh Đắk Nông".
  const keys = awards.map((a) => fold(a));
  return awards.filter((_, i) => {
    const key = keys[i];
    if (keys.indexOf(key) !== i) return false;
    return !keys.some((other, j) => j !== i && other.length > key.length && other.startsWith(key));
  });
}

export function parseCampaign(title: string | null, summary: string | null, body: string): Campaign {
  const name = (title && quotedName(title)) ?? summary;
  return { name: name && name !== '' ? name : null, period: findPeriod(body), awards: findAwards(body) };
}
