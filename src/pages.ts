// The text of one page after ingest and OCR: the unit the queue stores between page jobs and
// the document job, so it must stay plain JSON.
import type { OcrLine } from './ocr/types.js';

export interface PageText {
  number: number;
  source: 'ocr' | 'text-layer' | 'text';
  text: string;
  /** Mean OCR confidence 0..1; null for text that was not OCR'd. */
  confidence: number | null;
  /** OCR lines with word boxes; null for text-layer and .txt pages. */
  lines: OcrLine[] | null;
  width?: number;
  height?: number;
}
