// Types a file by its first bytes (magic numbers), never by its name; the name only decides
// whether unreadable content is "corrupt" (it claims a type hoso reads) or "unsupported".
import { extname } from 'node:path';
import type { SourceKind } from './types.js';

export type Sniffed =
  | { readable: true; kind: SourceKind; format: 'pdf' | 'png' | 'jpeg' | 'tiff' | 'text' }
  /** A format hoso recognizes but does not read; `advice` says what to do instead. */
  | { readable: false; format: string; advice: string };

/** Names that promise a type hoso reads: unreadable content under them is corrupt, not unsupported. */
const KNOWN_EXTENSIONS = new Set(['.pdf', '.png', '.jpg', '.jpeg', '.tif', '.tiff', '.txt']);

/** The PDF header may follow some junk; readers accept it within the first KiB. */
const PDF_HEADER_WINDOW = 1024;
/** Bytes examined to decide whether content is text. */
const TEXT_SAMPLE = 64 * 1024;

const EXPORT_TO_PDF = 'export it to PDF (File > Save As > PDF) and run hoso on the PDF';
const CONVERT_IMAGE = 'convert it to PNG, JPEG or TIFF first';

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((b, i) => bytes[at + i] === b);
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

/** "%PDF-" and a version digit, at the start or (after junk some mailers add) within the first KiB. */
function hasPdfHeader(bytes: Uint8Array): boolean {
  const window = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PDF_HEADER_WINDOW));
  for (let at = window.indexOf('%PDF-', 0, 'latin1'); at >= 0; at = window.indexOf('%PDF-', at + 1, 'latin1')) {
    const digit = window[at + 5];
    if (digit === undefined || (digit >= 0x30 && digit <= 0x39)) return true;
  }
  return false;
}

/** Formats recognized only to say what to do with them. */
const UNSUPPORTED: { signature: number[]; at?: number; format: string; advice: string }[] = [
  { signature: [0x50, 0x4b, 0x03, 0x04], format: 'a ZIP container (.docx, .xlsx, .odt or an archive)', advice: `${EXPORT_TO_PDF}, or unzip an archive and give hoso its files` },
  { signature: [0x50, 0x4b, 0x05, 0x06], format: 'an empty ZIP archive', advice: 'give hoso the PDF, image or text files themselves' },
  { signature: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], format: 'an old Office file (.doc, .xls)', advice: EXPORT_TO_PDF },
  { signature: ascii('{\\rtf'), format: 'an RTF document', advice: EXPORT_TO_PDF },
  { signature: ascii('GIF8'), format: 'a GIF image', advice: CONVERT_IMAGE },
  { signature: ascii('BM'), format: 'a BMP image', advice: CONVERT_IMAGE },
  { signature: ascii('WEBP'), at: 8, format: 'a WebP image', advice: CONVERT_IMAGE },
  { signature: [0x00, 0x00, 0x00, 0x0c, 0x6a, 0x50, 0x20, 0x20], format: 'a JPEG 2000 image', advice: CONVERT_IMAGE },
  { signature: ascii('ftypheic'), at: 4, format: 'a HEIC photo', advice: CONVERT_IMAGE },
  { signature: [0x1f, 0x8b], format: 'a gzip archive', advice: 'decompress it and give hoso the files inside' },
  { signature: ascii('Rar!'), format: 'a RAR archive', advice: 'extract it and give hoso the files inside' },
  { signature: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], format: 'a 7-Zip archive', advice: 'extract it and give hoso the files inside' },
];

/** UTF-16 text shows NULs at every other byte (the high byte of ASCII and Latin-1). */
export function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, TEXT_SAMPLE) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul / pairs > 0.3 && evenNul / pairs < 0.05) return 'utf-16le';
  if (evenNul / pairs > 0.3 && oddNul / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Text in any single-byte or UTF-8 encoding: no NULs and almost no other control bytes. */
function looksLikeText(bytes: Uint8Array): boolean {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]) || startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return true;
  }
  if (utf16ByNulPattern(bytes)) return true;
  const n = Math.min(bytes.length, TEXT_SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return false;
    // Tab, line feed, vertical tab, form feed (page break), carriage return and escape are text.
    if ((b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) || b === 0x7f) control++;
  }
  return control <= n * 0.01;
}

export function sniff(bytes: Uint8Array): Sniffed | null {
  if (hasPdfHeader(bytes)) return { readable: true, kind: 'pdf', format: 'pdf' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { readable: true, kind: 'image', format: 'png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { readable: true, kind: 'image', format: 'jpeg' };
  if (
    startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) ||
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a]) ||
    startsWith(bytes, [0x49, 0x49, 0x2b, 0x00]) || // BigTIFF
    startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2b])
  ) {
    return { readable: true, kind: 'image', format: 'tiff' };
  }
  for (const u of UNSUPPORTED) {
    if (startsWith(bytes, u.signature, u.at)) return { readable: false, format: u.format, advice: u.advice };
  }
  if (bytes.length > 0 && looksLikeText(bytes)) return { readable: true, kind: 'text', format: 'text' };
  return null;
}

/** True when the file's name claims a type hoso reads (.pdf, .png, .jpg, .tif, .txt, …). */
export function nameClaimsKnownType(path: string): boolean {
  return KNOWN_EXTENSIONS.has(extname(path).toLowerCase());
}
