// Shared geometry of the OCR stage: boxes, medians, and the line segments layout works on.
import type { Box, OcrWord } from '../types.js';

/** A run of words on one printed line, on one side of any column gutter. */
export interface Segment {
  words: OcrWord[];
  bbox: Box;
  /** Vertical centre with the page's residual skew taken out. */
  y: number;
  /** Index of the engine line it came from. */
  source: number;
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function union(boxes: Box[]): Box {
  return {
    x0: Math.min(...boxes.map((b) => b.x0)),
    y0: Math.min(...boxes.map((b) => b.y0)),
    x1: Math.max(...boxes.map((b) => b.x1)),
    y1: Math.max(...boxes.map((b) => b.y1)),
  };
}
