// One tesseract.js worker (a WASM Tesseract in a worker thread) with the Vietnamese data loaded
// from node_modules, never from a CDN. A failure inside the worker rejects the page it was on.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Worker as ThreadWorker } from 'node:worker_threads';
import Tesseract from 'tesseract.js';
import { HosoError } from '../errors.js';
import type { PoolWorker } from './pool.js';
import { readWithColumns } from './column-pass.js';
import { isJunkWord } from './junk.js';
import type { PreparedPage } from './preprocess.js';
import type { OcrLine, OcrWord } from './types.js';

/** Page segmentation mode: fully automatic (PSM 3), measured best on administrative pages. */
export const DEFAULT_PSM = '3';

export interface TesseractWorkerOptions {
  /** Tesseract language(s), e.g. 'vie' or 'vie+eng'. */
  language: string;
  /** Page segmentation mode (Tesseract's numbering). @defaultValue '3' */
  psm?: string;
  /** Further Tesseract parameters, e.g. { tessedit_do_invert: '0' }. @defaultValue {} */
  parameters?: Record<string, string>;
  /** Re-read two-column bands column by column when the first pass mixed them. @defaultValue true */
  columnPass?: boolean;
}

/** The folder holding `<lang>.traineddata.gz` from the npm package @tesseract.js-data/<lang>. */
export function languageDataPath(language: string): string {
  const require = createRequire(import.meta.url);
  try {
    const manifest = require.resolve(`@tesseract.js-data/${language}/package.json`);
    return path.join(path.dirname(manifest), '4.0.0_best_int');
  } catch (error) {
    throw new HosoError(
      'E_OCR_FAILED',
      `Tesseract data for "${language}" is not installed: run \`npm ci\` (it comes from @tesseract.js-data/${language})`,
      { cause: error },
    );
  }
}

/** Lines with word boxes from tesseract.js's block tree; confidences scaled to 0..1. */
export function linesFromBlocks(blocks: Tesseract.Block[] | null): OcrLine[] {
  const lines: OcrLine[] = [];
  for (const block of blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const words: OcrWord[] = line.words
          .filter((w) => w.text.trim() !== '' && !isJunkWord(w.text.trim(), w.confidence / 100))
          .map((w) => ({
            text: w.text.trim().normalize('NFC'),
            confidence: w.confidence / 100,
            bbox: { x0: w.bbox.x0, y0: w.bbox.y0, x1: w.bbox.x1, y1: w.bbox.y1 },
          }));
        if (words.length === 0) continue;
        lines.push({
          text: words.map((w) => w.text).join(' '),
          confidence: words.reduce((sum, w) => sum + w.confidence, 0) / words.length,
          bbox: { x0: line.bbox.x0, y0: line.bbox.y0, x1: line.bbox.x1, y1: line.bbox.y1 },
          words,
        });
      }
    }
  }
  return lines;
}

/** Start one worker; it recognizes prepared pages into raw lines (engine order). */
export async function startTesseractWorker(options: TesseractWorkerOptions): Promise<PoolWorker<PreparedPage, OcrLine[]>> {
  // tesseract.js reads every language from one langPath, and each npm data package is its own
  // folder: one language per worker (tesseract.js 7 mislabels languages passed as bytes).
  if (options.language.includes('+')) {
    throw new HosoError(
      'E_OCR_FAILED',
      `tesseract.js here reads one language at a time (got "${options.language}"): use --engine tesseract for several`,
    );
  }
  const langPath = languageDataPath(options.language);
  // tesseract.js never settles createWorker when its language file is missing: check first.
  if (!existsSync(path.join(langPath, `${options.language}.traineddata.gz`))) {
    throw new HosoError('E_OCR_FAILED', `${langPath} has no ${options.language}.traineddata.gz: reinstall with \`npm ci\``);
  }
  let lastError: string | null = null;
  const worker = await Tesseract.createWorker(options.language, Tesseract.OEM.LSTM_ONLY, {
    langPath,
    gzip: true,
    cacheMethod: 'none',
    // Without a handler tesseract.js rethrows a failed job inside a message listener, which kills
    // the process; with it the job's own promise carries the error to its one page.
    errorHandler: (error: unknown) => {
      lastError = String(error);
    },
  });
  await worker.setParameters({
    tessedit_pageseg_mode: (options.psm ?? DEFAULT_PSM) as Tesseract.PSM,
    // Tesseract's diagnostics ("Detected 262 diacritics") would otherwise land on our stdout.
    debug_file: '/dev/null',
    ...options.parameters,
  });

  // The thread itself may die (a WASM abort): fail the page in flight instead of waiting forever.
  const thread = (worker as unknown as { worker: ThreadWorker }).worker;
  let died: Error | null = null;
  const deathWatchers = new Set<(error: Error) => void>();
  const onDeath = (error: Error): void => {
    died = error;
    for (const watcher of deathWatchers) watcher(error);
  };
  thread.on('error', (error) => onDeath(error));
  thread.on('exit', (code) => onDeath(new Error(`OCR worker thread exited (code ${code})`)));

  const recognize = async (page: PreparedPage): Promise<OcrLine[]> => {
    if (died) throw new HosoError('E_OCR_FAILED', `OCR worker is gone: ${(died as Error).message}`);
    let unwatch = (): void => {};
    const death = new Promise<never>((_, reject) => {
      const watcher = (error: Error): void =>
        reject(new HosoError('E_OCR_FAILED', `OCR worker crashed on this page: ${error.message}`, { cause: error }));
      deathWatchers.add(watcher);
      unwatch = () => deathWatchers.delete(watcher);
    });
    try {
      const result = await Promise.race([
        worker.recognize(page.data, { user_defined_dpi: String(page.dpi) } as Partial<Tesseract.RecognizeOptions>, {
          text: false,
          blocks: true,
        }),
        death,
      ]);
      return linesFromBlocks(result.data.blocks);
    } catch (error) {
      if (error instanceof HosoError) throw error;
      throw new HosoError('E_OCR_FAILED', `Tesseract could not read this page: ${String(error ?? lastError)}`, {
        cause: error,
      });
    } finally {
      unwatch();
    }
  };

  return {
    run: (page) => (options.columnPass === false ? recognize(page) : readWithColumns(page, recognize)),
    async terminate() {
      thread.removeAllListeners('exit');
      thread.removeAllListeners('error');
      // Keep a listener: an error emitted while the thread shuts down must not become uncaught.
      thread.on('error', () => {});
      await worker.terminate();
    },
  };
}
