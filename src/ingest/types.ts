// What ingest hands to the rest of the pipeline: a typed source and its pages, opened lazily
// so that a queue worker can fetch page n of a file without reading the others.

export type SourceKind = 'pdf' | 'image' | 'text';

export interface SourceInfo {
  /** The path as the user gave it (relative paths stay relative). */
  path: string;
  sha256: string;
  kind: SourceKind;
  /** Detected format, e.g. 'pdf', 'png', 'jpeg', 'tiff', 'utf-8', 'utf-16le', 'windows-1258', 'tcvn3', 'vni'. */
  format: string;
  bytes: number;
}

/**
 * A page image ready for OCR. `data` is either an encoded image (JPEG/PNG/TIFF bytes, as found
 * in the file where possible) or raw pixels (`encoding: 'raw'`, row-major, `channels` per pixel).
 */
export interface PageImage {
  data: Buffer;
  encoding: 'jpeg' | 'png' | 'tiff' | 'raw';
  width: number;
  height: number;
  channels: 1 | 2 | 3 | 4;
  /** Resolution in dots per inch when the file says or it can be inferred (PDF page size), else null. */
  dpi: number | null;
}

export type PageContent =
  | { number: number; source: 'text-layer' | 'text'; text: string }
  | { number: number; source: 'ocr'; image: PageImage };

export interface OpenedDocument {
  source: SourceInfo;
  pageCount: number;
  /** Page `number` (1-based). Throws HosoError for a page that cannot be read. */
  page(number: number): Promise<PageContent>;
  close(): Promise<void>;
}
