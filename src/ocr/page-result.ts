// Shapes an engine's raw lines into the OcrPageResult contract: reading order, text, confidence.
import { orderPage } from './reading-order.js';
import type { OcrLine, OcrPageResult } from './types.js';

export function buildPageResult(rawLines: OcrLine[], width: number, height: number): OcrPageResult {
  const { lines, text } = orderPage(rawLines);
  const words = lines.flatMap((line) => line.words);
  const confidence = words.length ? words.reduce((sum, w) => sum + w.confidence, 0) / words.length : 0;
  return { text, confidence, lines, width, height };
}
