// The embedded runner behind `hoso run`: one process, a bounded number of documents at once
// sharing one OCR pool; every input ends as exactly one manifest line, and a rerun skips
// inputs whose JSON already exists unless forced.
import { mkdir } from 'node:fs/promises';
import type { Config } from './config.js';
import { HosoError } from './errors.js';
import { expandInputs } from './inputs.js';
import { loadRestorer } from './normalize/index.js';
import type { Restorer } from './normalize/types.js';
import { createOcrEngine } from './ocr/index.js';
import type { OcrEngine } from './ocr/types.js';
import { documentExists, writeDocument } from './output/documents.js';
import { hashFile } from './output/hash.js';
import { appendManifest, compactManifest, type ManifestRecord } from './output/manifest.js';
import { failedRecord, okRecord, skippedRecord } from './output/records.js';
import type { PageText } from './pages.js';
import { documentId, processDocument } from './pipeline.js';
import { mapLimit } from './util/map-limit.js';

export type BatchEvent =
  | { type: 'start'; files: number }
  | { type: 'page'; path: string; page: PageText }
  | { type: 'document'; record: ManifestRecord };

export interface BatchOptions {
  inputs: string[];
  outDir: string;
  config: Config;
  onEvent?: (event: BatchEvent) => void;
  /** When aborted, no new input is started; those in flight finish and are recorded. */
  signal?: AbortSignal;
  /** Injected stages (tests); by default the real OCR pool and restorer. */
  ocr?: OcrEngine;
  /** The restorer, or how to load it (called once, when the first document's pages are read). */
  restorer?: Restorer | (() => Promise<Restorer>);
}

export interface BatchSummary {
  files: number;
  ok: number;
  skipped: number;
  failed: number;
  /** Inputs not started because the batch was interrupted. */
  notStarted: number;
  pages: number;
  records: ManifestRecord[];
}

async function processInput(
  filePath: string,
  options: BatchOptions,
  ocr: OcrEngine,
  restorer: () => Promise<Restorer>,
): Promise<ManifestRecord> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let id: string;
  try {
    id = documentId(await hashFile(filePath));
    if (!options.config.force && (await documentExists(options.outDir, id))) {
      return skippedRecord(filePath, id, elapsed());
    }
  } catch (error) {
    return failedRecord(filePath, null, error, elapsed());
  }
  // The model loads while the first pages are read. A model that cannot load is no input's fault:
  // its error leaves the per-input catch and stops the batch.
  let modelError: { error: unknown } | undefined;
  const loadRestorerOnce = async (): Promise<Restorer> => {
    try {
      return await restorer();
    } catch (error) {
      modelError = { error };
      throw error;
    }
  };
  try {
    const doc = await processDocument(filePath, {
      config: options.config,
      ocr,
      restorer: loadRestorerOnce,
      onPage: (page) => options.onEvent?.({ type: 'page', path: filePath, page }),
    });
    await writeDocument(options.outDir, doc);
    return okRecord(filePath, doc.id, doc.source.pages, elapsed());
  } catch (error) {
    if (modelError) throw modelError.error;
    return failedRecord(filePath, id, error, elapsed());
  }
}

export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  try {
    await mkdir(options.outDir, { recursive: true });
  } catch (error) {
    throw new HosoError('E_OUTPUT_WRITE', `cannot create output folder ${options.outDir}: ${(error as Error).message}`, { cause: error });
  }
  const files = await expandInputs(options.inputs);
  options.onEvent?.({ type: 'start', files: files.length });

  // Loaded on the first input that needs it: a rerun that skips everything does not pay for the model.
  let loading: Promise<Restorer> | undefined;
  const given = options.restorer;
  const load = given === undefined ? () => loadRestorer({ lexiconFiles: options.config.lexiconFiles }) : typeof given === 'function' ? given : async () => given;
  const restorer = () => (loading ??= load());
  const ocr = options.ocr ?? (await createOcrEngine(options.config));
  const summary: BatchSummary = { files: files.length, ok: 0, skipped: 0, failed: 0, notStarted: 0, pages: 0, records: [] };
  try {
    await mapLimit(
      files,
      options.config.concurrency,
      async (filePath) => {
        const record = await processInput(filePath, options, ocr, restorer);
        await appendManifest(options.outDir, record);
        summary[record.status] += 1;
        summary.pages += record.pages ?? 0;
        options.onEvent?.({ type: 'document', record });
      },
      options.signal,
    );
  } finally {
    if (!options.ocr) await ocr.close();
  }
  summary.notStarted = files.length - summary.ok - summary.skipped - summary.failed;
  summary.records = await compactManifest(options.outDir);
  return summary;
}
