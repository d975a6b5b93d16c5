// Scores one system's texts against the truth: every document of the set counts, and one that
// produced no text counts as all wrong (its text is empty), so a system cannot gain by failing.
import type { HeldOutDocument } from './held-out.js';
import type { SystemOutput } from './system.js';

export interface TextMetrics {
  /** Character error rate, NFC and whitespace-collapsed on both sides. */
  cer(hypothesis: string, truth: string): number;
  /** Word error rate over the same normalization. */
  wer(hypothesis: string, truth: string): number;
}

export interface DocumentScore {
  name: string;
  pages: number;
  ok: boolean;
  cer: number;
  wer: number;
}

export interface TextScore {
  docsOk: number;
  docsFailed: number;
  /** Pages of the documents that came out ok. */
  pagesOk: number;
  /** Mean over documents of each document's CER. */
  meanCer: number;
  meanWer: number;
  perDocument: DocumentScore[];
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : Number.NaN;
}

export function scoreTexts(docs: readonly HeldOutDocument[], output: Pick<SystemOutput, 'texts'>, metrics: TextMetrics): TextScore {
  const perDocument = docs.map((doc): DocumentScore => {
    const text = output.texts.get(doc.name);
    const hypothesis = text ?? '';
    return {
      name: doc.name,
      pages: doc.pages,
      ok: text !== undefined,
      cer: metrics.cer(hypothesis, doc.truthText),
      wer: metrics.wer(hypothesis, doc.truthText),
    };
  });
  const ok = perDocument.filter((d) => d.ok);
  return {
    docsOk: ok.length,
    docsFailed: perDocument.length - ok.length,
    pagesOk: ok.reduce((sum, d) => sum + d.pages, 0),
    meanCer: mean(perDocument.map((d) => d.cer)),
    meanWer: mean(perDocument.map((d) => d.wer)),
    perDocument,
  };
}

export function pagesPerMinute(pages: number, wallMs: number): number {
  return wallMs > 0 ? (pages / wallMs) * 60_000 : Number.NaN;
}
