// Sandboxed page processor: reads one page (OCR when it has no text) into DIR/.pages/<sha>/<n>.json.
// It runs in its own process, so an OCR crash or hang costs one attempt, never the worker.
import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { SandboxedJob } from 'bullmq';
import { HosoError } from '../src/errors.js';
import { openDocument } from '../src/ingest/index.js';
import type { PageImage } from '../src/ingest/types.js';
import { createOcrEngine } from '../src/ocr/index.js';
import type { OcrEngine } from '../src/ocr/types.js';
import { writeFileAtomic } from '../src/output/atomic.js';
import type { PageText } from '../src/pages.js';
import { pageText } from '../src/pipeline.js';
import { pageFile, type PageJobData, type PageJobResult } from '../src/queue/jobs.js';
import { jobError, processorConfig } from './runtime.js';

let engine: Promise<OcrEngine> | undefined;

/** Dropped after a hang, so the next page gets a fresh engine. */
async function discardEngine(): Promise<void> {
  const current = engine;
  engine = undefined;
  if (current) await (await current).close().catch(() => {});
}

/** The engine starts on the first page that needs OCR: text pages never load tesseract. */
const lazyOcr: OcrEngine = {
  recognize: async (image: PageImage) => (await (engine ??= createOcrEngine(processorConfig()))).recognize(image),
  close: discardEngine,
};

/**
 * A backstop above the engine's own per-page limit: if recognition still has not returned,
 * the engine is thrown away and the attempt fails with E_OCR_TIMEOUT (and is retried).
 */
async function withDeadline(work: Promise<PageText>, seconds: number): Promise<PageText> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      void discardEngine();
      reject(new HosoError('E_OCR_TIMEOUT', `OCR of one page took over ${seconds} s: raise HOSO_OCR_TIMEOUT, or check the page image`));
    }, seconds * 1000);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

async function readPage({ file, sha256, page }: PageJobData): Promise<PageText> {
  const config = processorConfig();
  const opened = await openDocument(file, config);
  try {
    if (opened.source.sha256 !== sha256) {
      throw new HosoError('E_INPUT_CORRUPT', `${file} changed after it was enqueued: enqueue it again`);
    }
    const content = await opened.page(page);
    return await withDeadline(pageText(content, lazyOcr), 2 * config.limits.ocrSecondsPerPage + 30);
  } finally {
    await opened.close();
  }
}

async function exists(target: string): Promise<boolean> {
  try {
    await access(target);
    return true;
  } catch {
    return false;
  }
}

export default async function processPage(job: SandboxedJob<PageJobData, PageJobResult>): Promise<PageJobResult> {
  const { out, sha256, page } = job.data;
  const target = pageFile(out, sha256, page);
  // An earlier attempt wrote it (page files are written atomically, so it is whole).
  if (await exists(target)) return { ms: 0 };
  const started = Date.now();
  let text: PageText;
  try {
    text = await readPage(job.data);
  } catch (error) {
    throw jobError(error, 'E_OCR_FAILED');
  }
  try {
    await mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, JSON.stringify(text));
  } catch (error) {
    throw jobError(error, 'E_OUTPUT_WRITE');
  }
  return { ms: Date.now() - started };
}
