// processDocument: the one composition of the stages. `hoso run` and the queue workers both
// call these functions, so a document gives byte-identical JSON either way.
import { createHash } from 'node:crypto';
import type { Config } from './config.js';
import {
  emptyHeader,
  validateDocument,
  type CampaignDocument,
  type PageRecord,
} from './document.js';
import { openDocument } from './ingest/index.js';
import type { PageContent, SourceInfo } from './ingest/types.js';
import { restoreInBlocks } from './normalize/blocks.js';
import type { Restorer, RestoreStats } from './normalize/types.js';
import type { OcrEngine } from './ocr/types.js';
import type { PageText } from './pages.js';
import { structureDocument } from './structure/index.js';
import { mendOcrText } from './structure/mend.js';
import { mapLimit } from './util/map-limit.js';

/** Lines below this OCR confidence are listed in quality.lowConfidence. */
const LOW_CONFIDENCE = 0.6;

export interface PipelineDeps {
  config: Config;
  ocr: OcrEngine;
  /**
   * The restorer, or how to load it: loaded only once the pages are read, so that a batch's first
   * pages go to the OCR workers while the model loads.
   */
  restorer: Restorer | (() => Promise<Restorer>);
  /** Called after each page is read or recognized. */
  onPage?: (page: PageText) => void;
}

export function documentId(sha256: string): string {
  return `doc-${sha256.slice(0, 16)}`;
}

export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Turn one page into text: its own text as is, or its image through OCR. */
export async function pageText(content: PageContent, ocr: OcrEngine): Promise<PageText> {
  if (content.source !== 'ocr') {
    return { number: content.number, source: content.source, text: content.text, confidence: null, lines: null };
  }
  const result = await ocr.recognize(content.image);
  return {
    number: content.number,
    source: 'ocr',
    text: result.text,
    confidence: result.confidence,
    lines: result.lines,
    width: result.width,
    height: result.height,
  };
}

function restorePage(page: PageText, restorer: Restorer): { page: PageText; stats: RestoreStats } {
  // A page of old OCR text may be a whole book without form feeds: restored a block at a time.
  const { text, stats } = restoreInBlocks(restorer, page.text);
  if (!page.lines) return { page: { ...page, text }, stats };
  // Carry the restored line texts onto the OCR lines so structure sees boxes and restored words together.
  const restoredLines = text.split('\n').filter((line) => line.trim() !== '');
  const lines =
    restoredLines.length === page.lines.length
      ? page.lines.map((line, i) => ({ ...line, text: restoredLines[i] }))
      : page.lines;
  return { page: { ...page, text, lines }, stats };
}

function round(value: number, digits = 4): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Pure: restore, structure and shape the pages of one source into schema-v1 JSON. */
export function assembleDocument(source: SourceInfo, pages: PageText[], restorer: Restorer): CampaignDocument {
  const ordered = [...pages].sort((a, b) => a.number - b.number);
  const totals: RestoreStats = { syllables: 0, changed: 0, unknown: 0 };
  const pagesRestored = ordered.map((raw) => {
    const { page, stats } = restorePage(raw, restorer);
    totals.syllables += stats.syllables;
    totals.changed += stats.changed;
    totals.unknown += stats.unknown;
    return page;
  });
  // What the document's own order tells of its OCR'd text (src/structure/mend.ts).
  const restored = mendOcrText(pagesRestored, (kind) => restorer.termsOf?.(kind) ?? new Set<string>());
  const text = restored.map((p) => p.text.trim()).filter((t) => t !== '').join('\n\n');
  const fields = structureDocument({ text, pages: restored });

  const ocrPages = restored.filter((p) => p.confidence !== null);
  const ocrConfidence = ocrPages.length
    ? round(ocrPages.reduce((sum, p) => sum + (p.confidence ?? 0), 0) / ocrPages.length)
    : null;
  const lowConfidence = restored.flatMap((p) =>
    (p.lines ?? [])
      .filter((line) => line.confidence < LOW_CONFIDENCE && line.text.trim() !== '')
      .map((line) => ({ page: p.number, text: line.text.trim(), confidence: round(line.confidence) })),
  );
  const pageRecords: PageRecord[] = restored.map((p) => ({
    number: p.number,
    source: p.source,
    confidence: p.confidence === null ? null : round(p.confidence),
    text: p.text,
  }));

  const doc: CampaignDocument = {
    schemaVersion: '1',
    id: documentId(source.sha256),
    source: { path: source.path, sha256: source.sha256, kind: source.kind, pages: ordered.length },
    documentType: fields.documentType ?? 'khac',
    header: fields.header ?? emptyHeader(),
    title: fields.title,
    preamble: fields.preamble,
    sections: fields.sections,
    references: fields.references,
    campaign: fields.campaign,
    recipients: fields.recipients,
    signature: fields.signature,
    text,
    pages: pageRecords,
    quality: { ocrConfidence, ...totals, lowConfidence },
  };
  const problems = validateDocument(doc);
  if (problems.length) {
    // A bug in hoso, not in the input: say so plainly rather than write invalid JSON.
    throw new Error(`internal error: document ${doc.id} does not match schema v1: ${problems.join('; ')}`);
  }
  return doc;
}

/** Read every page of a file (OCR where needed) and assemble its document. */
export async function processDocument(path: string, deps: PipelineDeps): Promise<CampaignDocument> {
  const opened = await openDocument(path, deps.config);
  try {
    // A few pages ahead of the OCR pool keep it busy without holding every page image in memory.
    const ahead = deps.config.ocr.workers + 1;
    const numbers = Array.from({ length: opened.pageCount }, (_, i) => i + 1);
    const pages = await mapLimit(numbers, ahead, async (number) => {
      const page = await pageText(await opened.page(number), deps.ocr);
      deps.onPage?.(page);
      return page;
    });
    const restorer = typeof deps.restorer === 'function' ? await deps.restorer() : deps.restorer;
    return assembleDocument(opened.source, pages as PageText[], restorer);
  } finally {
    await opened.close();
  }
}
