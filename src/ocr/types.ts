// The OCR engine contract: a page image in, lines and words with boxes and confidences out.
import type { PageImage } from '../ingest/types.js';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface OcrWord {
  text: string;
  /** 0..1 */
  confidence: number;
  bbox: Box;
}

export interface OcrLine {
  text: string;
  /** 0..1 */
  confidence: number;
  bbox: Box;
  words: OcrWord[];
}

export interface OcrPageResult {
  /** Lines joined with "\n" in reading order (blank line between blocks). */
  text: string;
  /** Mean word confidence, 0..1. */
  confidence: number;
  lines: OcrLine[];
  width: number;
  height: number;
  /** Clockwise degrees the page was turned to read it upright (fed into the scanner turned); 0 or absent as it came. */
  turned?: 0 | 90 | 180 | 270;
}

export interface OcrEngine {
  /** Recognize one page; rejects with HosoError E_OCR_FAILED / E_OCR_TIMEOUT. */
  recognize(image: PageImage): Promise<OcrPageResult>;
  close(): Promise<void>;
}
