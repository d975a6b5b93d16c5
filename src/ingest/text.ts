// Text from an earlier OCR or typing: detect its encoding (UTF-8, UTF-16, or a legacy
// Vietnamese one), decode to NFC Unicode, and split pages at form feeds.
import iconv from 'iconv-lite';
import { HosoError } from '../errors.js';
import { decodeTcvn3, decodeVni } from './legacy-encodings.js';
import { utf16ByNulPattern } from './sniff.js';
import type { OpenedDocument, SourceInfo } from './types.js';
import { vietnameseScore } from './vietnamese-score.js';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3' | 'vni';

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
}

const LEGACY: { encoding: TextEncoding; decode: (bytes: Uint8Array) => string }[] = [
  { encoding: 'windows-1258', decode: (bytes) => iconv.decode(Buffer.from(bytes), 'windows-1258').normalize('NFC') },
  { encoding: 'tcvn3', decode: decodeTcvn3 },
  { encoding: 'vni', decode: decodeVni },
];

function utf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
  const text = new TextDecoder(encoding).decode(bytes); // drops a leading BOM
  return { text: text.normalize('NFC'), encoding };
}

/** Decode text bytes to NFC Unicode, naming the encoding found. */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes).normalize('NFC'), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return utf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return utf16(bytes, 'utf-16be');
  const byNul = utf16ByNulPattern(bytes);
  if (byNul) return utf16(bytes, byNul);

  try {
    // Legacy text almost never forms valid UTF-8 by chance, so valid UTF-8 (ASCII included) is UTF-8.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes).normalize('NFC'), encoding: 'utf-8' };
  } catch {
    let best: DecodedText & { score: number } = {
      text: new TextDecoder('utf-8').decode(bytes).normalize('NFC'),
      encoding: 'utf-8',
      score: -Infinity,
    };
    best.score = vietnameseScore(best.text) - 2 * (best.text.match(/\uFFFD/gu)?.length ?? 0);
    for (const { encoding, decode } of LEGACY) {
      const text = decode(bytes);
      const score = vietnameseScore(text);
      if (score > best.score) best = { text, encoding, score };
    }
    return { text: best.text, encoding: best.encoding };
  }
}

/**
 * Text extracted through a font built for a legacy encoding (.VnTime, VNI-Times) reads as
 * "Céng hoµ x· héi": when its characters are all single bytes and a legacy decoding of those
 * bytes looks more Vietnamese, return that decoding; otherwise the text as it is.
 */
export function repairLegacyText(text: string): string {
  if (!/[\u0080-\u00ff]/u.test(text) || /[^\u0000-\u00ff]/u.test(text)) return text;
  const bytes = Buffer.from(text, 'latin1');
  let best = { text, score: vietnameseScore(text) };
  for (const { decode } of LEGACY) {
    const decoded = decode(bytes);
    const score = vietnameseScore(decoded);
    if (score > best.score) best = { text: decoded, score };
  }
  return best.text;
}

/** Pages of a text: form feeds separate them; a trailing form feed does not open an empty page. */
export function splitPages(text: string): string[] {
  const pages = text.replace(/\r\n?/gu, '\n').split('\f');
  if (pages.length > 1 && pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}

export function openText(bytes: Uint8Array, base: Omit<SourceInfo, 'kind' | 'format'>): OpenedDocument {
  const { text, encoding } = decodeText(bytes);
  const pages = splitPages(text);
  return {
    source: { ...base, kind: 'text', format: encoding },
    pageCount: pages.length,
    async page(number: number) {
      if (!Number.isInteger(number) || number < 1 || number > pages.length) {
        throw new HosoError('E_INPUT_CORRUPT', `${base.path} has ${pages.length} page(s); page ${number} does not exist`);
      }
      return { number, source: 'text', text: pages[number - 1] };
    },
    async close() {},
  };
}
