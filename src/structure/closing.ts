// The closing block: "Nơi nhận:" and its list on the left, the signature (authority line, position,
// name) on the right. Scans read the two side by side ("Nơi nhận: TM. THƯỜNG TRỰC"), so each line is
// split into columns (by boxes, runs of spaces, or a trailing run of capitals naming a post).
import type { Signature } from '../document.js';
import { fold, letterCount, squeeze, trimListPunctuation, upperRatio } from './_internal/fold.js';
import { splitColumns } from './header-columns.js';
import type { Line } from './lines.js';

export interface Closing {
  recipients: string[];
  signature: Signature | null;
}

// "Nơi nhận:", and OCR's "Nơi nhậm", "Noi nhin".
const RECIPIENTS_LABEL = /^n[o0]i\s*nh[a-z][nmh]?\b\s*[:;.]?\s*/u;
// TM. / KT. / Q. / TL. / TUQ. / T/M, then the body or post in capitals.
const AUTHORITY = /^(?:TM|KT|Q|TL|TUQ|T\/M|T\.M|K\/T)(?:\s*[.,:;'‹›]\s*|\s+)\p{Lu}/u;
// Posts a signer holds; bodies ("BAN THƯỜNG VỤ", "ỦY BAN NHÂN DÂN") follow an authority prefix instead,
// and a stamp's ring text names bodies, so they are not posts here.
const POST_WORDS =
  /(?:^|\s)((?:pho\s+|tong\s+|uy\s+vien\s+)*(?:chu tich|giam doc|truong\s+(?:ban|phong|khoa|doan)|chanh van phong|chanh thanh tra|bi thu|thu truong|cuc truong|vu truong|vien truong|hieu truong|tong bien tap|truong ban|uy vien|chanh an|tong thu ky|tong cuc truong|giam doc so|truong))(?=\s|$)/u;
const BULLET = /^[-–—+•·▪●]\s*/u;
const NAME = /^\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,4}$/u;
const CAPS_NAME = /^\p{Lu}{2,}(?:\s+\p{Lu}{1,}){1,3}$/u;

/**
 * The length of the "Nơi nhận:" label opening `text`, or null: the label must end the text, carry
 * its colon, or be followed by a dash or by signature capitals, so "Nơi nhà văn hóa …" is not one.
 */
function recipientsLabelLength(text: string): number | null {
  const m = RECIPIENTS_LABEL.exec(fold(text));
  if (!m) return null;
  const rest = text.slice(m[0].length);
  const fits = /[:;.]\s*$/u.test(m[0]) || rest.trim() === '' || /^[-–•]/u.test(rest) || upperRatio(rest) >= 0.8;
  return fits ? m[0].length : null;
}

/** True for the line that opens the recipients list. */
export function isRecipientsLabel(text: string): boolean {
  return recipientsLabelLength(text.trim()) !== null;
}

export function isAuthorityLine(text: string): boolean {
  return AUTHORITY.test(text.trim()) && upperRatio(text) >= 0.8;
}

/** A recipient entry without its bullet, end punctuation or trailing specks ("[", ")"). */
export function cleanRecipient(text: string): string {
  let entry = text.replace(BULLET, '').trim();
  while (/\s[^\p{L}\p{N}]+$/u.test(entry)) entry = entry.replace(/\s[^\p{L}\p{N}]+$/u, '');
  return trimListPunctuation(entry);
}

/** A post in capitals ("PHÓ CHỦ TỊCH", "GIÁM ĐỐC"), as signature blocks print it. */
export function isPostLine(text: string): boolean {
  return !BULLET.test(text) && upperRatio(text) >= 0.9 && POST_WORDS.test(fold(text));
}

/**
 * A segment ending in a signature part ("- Sở Nội vụ (B/c): PHÓ CHỦ TỊCH") as [left, signature]:
 * the words after the segment's last ";" or ":", all in capitals, or a name after its last "." or ";".
 */
export function splitSignatureTail(segment: string): [string, string] | null {
  const words = segment.trim().split(/\s+/u);
  let from = 0;
  words.forEach((w, i) => {
    if (/[;:]$/u.test(w)) from = i + 1;
  });
  // "- Lưu: VT, TH. Hồ Mạnh Huy": the signer's name read on the list's last line.
  const nameFrom = words.reduce((at, w, i) => (/[;.]$/u.test(w) && i < words.length - 1 ? i + 1 : at), -1);
  if (nameFrom > 0 && NAME.test(words.slice(nameFrom).join(' '))) {
    return [words.slice(0, nameFrom).join(' '), words.slice(nameFrom).join(' ')];
  }
  for (let i = from; i < words.length; i += 1) {
    const tail = words.slice(i).join(' ');
    if (upperRatio(tail) < 1 || letterCount(words[i]) === 0) continue;
    if (isAuthorityLine(tail) || (POST_WORDS.test(fold(tail)) && POST_WORDS.exec(fold(tail))?.index === 0)) {
      if (i === 0) return null;
      return [words.slice(0, i).join(' '), tail];
    }
  }
  return null;
}

/** A list entry ends with ";" or "." (stray specks after it aside); otherwise it wraps. */
function endsEntry(segment: string): boolean {
  return /[;.][^\p{L}\p{N}]*$/u.test(segment);
}

function segmentsOf(line: Line): string[] {
  const out: string[] = [];
  for (const column of splitColumns(line.text, line.boxSplit)) {
    const tail = splitSignatureTail(column);
    if (tail) out.push(...tail);
    else out.push(column);
  }
  return out.map((s) => s.trim()).filter((s) => s !== '');
}

function cleanName(text: string): string {
  return squeeze(text.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
}

/** A signer's name alone on its line, in ordinary case ("Lý Công Lực"). */
export function isNameLine(text: string): boolean {
  return !BULLET.test(text.trim()) && NAME.test(cleanName(text));
}

/** Recipients and signature from the lines from "Nơi nhận:" (or the signature) to the end. */
export function parseClosing(lines: readonly Line[]): Closing {
  const recipients: string[] = [];
  const authority: string[] = [];
  let position: string | null = null;
  let name: string | null = null;
  // The list is read even when OCR lost its "Nơi nhận:" label: bullets in the closing are recipients.
  let listing = true;
  let open = false;

  let lastSegment = '';
  // A name printed in capitals as the block's last words, kept only when no name in ordinary case turns up.
  let capsName: string | null = null;
  for (const line of lines) {
    if (line.text === '') continue;
    for (let segment of segmentsOf(line)) {
      const previous = lastSegment;
      lastSegment = segment;
      // Only the last words of the block can be a name in capitals; anything after rules it out.
      if (letterCount(segment) >= 2) capsName = null;
      const labelLength = recipientsLabelLength(segment);
      if (labelLength !== null) {
        listing = true;
        open = false;
        segment = segment.slice(labelLength).trim();
        if (letterCount(segment) < 2) continue;
      }
      const folded = fold(segment);
      if (isAuthorityLine(segment)) {
        authority.push(squeeze(segment));
        continue;
      }
      if (isPostLine(segment)) {
        position = squeeze(segment);
        continue;
      }
      const bullet = BULLET.test(segment);
      if (listing && bullet) {
        recipients.push(cleanRecipient(segment));
        open = !endsEntry(segment);
        if (/^luu\b/u.test(fold(segment.replace(BULLET, '')))) listing = false;
        continue;
      }
      // A wrapped entry goes on until ";" or "."; a signer's name on its own line never ends so.
      const nameLike = isNameLine(segment) && !/[;.]$/u.test(segment);
      // A word or two alone ending in ";" finishes the entry above even if OCR put a dot there ("Ninh." / "Thuận;").
      const previousEndsWithDot = recipients.length > 0 && /\.[^\p{L}\p{N}]*$/u.test(previous);
      const tail = previousEndsWithDot && /;$/u.test(segment) && segment.split(/\s+/u).length <= 2;
      if (listing && (open || tail) && recipients.length > 0 && !bullet && !nameLike) {
        const last = recipients.length - 1;
        recipients[last] = cleanRecipient(`${recipients[last].replace(/\.$/u, '')} ${segment}`);
        open = !endsEntry(segment);
        continue;
      }
      const candidate = cleanName(segment);
      if (isNameLine(segment)) {
        name = candidate;
        listing = false;
        continue;
      }
      if ((position !== null || authority.length > 0) && CAPS_NAME.test(candidate) && !bullet) capsName = candidate;
      // An entry that lost its dash still ends like one; in capitals only a short one ("VT." of "Lưu: VT.").
      const shortOrMixed = upperRatio(segment) < 0.8 || segment.split(/\s+/u).length <= 3;
      if (listing && letterCount(segment) >= 2 && /[;.]$/u.test(segment) && shortOrMixed) {
        recipients.push(cleanRecipient(segment));
        open = false;
        if (/^luu\b/u.test(folded)) listing = false;
      }
    }
  }
  name ??= capsName;
  const signature =
    authority.length === 0 && position === null && name === null
      ? null
      : { authority: authority.length > 0 ? authority.join(' ') : null, position, name };
  // OCR sometimes reads a line twice; a list never names the same recipient twice.
  const unique = recipients.filter((r, i) => letterCount(r) >= 2 && recipients.indexOf(r) === i);
  return { recipients: unique, signature };
}
