// One tesseract.js worker (a WASM Tesseract in a worker thread) with the Vietnamese data loaded
// from node_modules, never from a CDN. A failure inside the worker rejects the page it was on.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Worker as ThreadWorker } from 'node:worker_threads';
import Tesseract from 'tesseract.js';
import { HosoError } from '../errors.js';
import type { PoolWorker } from './pool.js';
import { readWithColumns, type ColumnPassOptions } from './column-pass.js';
import { isJunkWord } from './junk.js';
import { printedWord } from './look-alikes.js';
import { withPageNumber } from './page-number.js';
import { withSignatureBlock } from './signature-pass.js';
import type { PreparedPage } from './preprocess.js';
import type { Box, OcrLine, OcrWord } from './types.js';

/** Page segmentation mode: fully automatic (PSM 3), measured best on administrative pages. */
export const DEFAULT_PSM = '3';

export interface TesseractWorkerOptions {
  /** Tesseract language(s), e.g. 'vie' or 'vie+eng'. */
  language: string;
  /** Page segmentation mode (Tesseract's numbering). @defaultValue '3' */
  psm?: string;
  /** Further Tesseract parameters, e.g. { tessedit_do_invert: '0' }. @defaultValue {} */
  parameters?: Record<string, string>;
  /** Tesseract parameters read only when the model loads, e.g. { lstm_use_matrix: '0' }. @defaultValue {} */
  initParameters?: Record<string, string>;
  /** Re-read two-column bands column by column when the first pass mixed them. @defaultValue true */
  columnPass?: boolean;
  /** How the column re-read works (crop segmentation mode, rows re-read). */
  columnPassOptions?: ColumnPassOptions;
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

/** TSV column indexes (Tesseract's GetTSVText): level … left top width height conf text. */
const TSV = { level: 0, left: 6, top: 7, width: 8, height: 9, conf: 10, text: 11 } as const;
const TSV_LINE_LEVEL = '4';
const TSV_WORD_LEVEL = '5';

/**
 * Lines with word boxes from Tesseract's TSV output; confidences scaled to 0..1. TSV rather than
 * tesseract.js's block tree: the same words and boxes, for 5–7% less CPU per page (the tree is
 * built symbol by symbol as JSON, parsed, and copied between threads).
 */
export function linesFromTsv(tsv: string | null): OcrLine[] {
  const lines: OcrLine[] = [];
  let lineBox: Box | null = null;
  let words: OcrWord[] = [];
  const flush = (): void => {
    if (lineBox && words.length > 0) {
      lines.push({
        text: words.map((w) => w.text).join(' '),
        confidence: words.reduce((sum, w) => sum + w.confidence, 0) / words.length,
        bbox: lineBox,
        words,
      });
    }
    lineBox = null;
    words = [];
  };
  const boxOf = (cells: string[]): Box => {
    const x0 = Number(cells[TSV.left]);
    const y0 = Number(cells[TSV.top]);
    return { x0, y0, x1: x0 + Number(cells[TSV.width]), y1: y0 + Number(cells[TSV.height]) };
  };
  for (const row of (tsv ?? '').split('\n')) {
    const cells = row.split('\t');
    if (cells[TSV.level] === TSV_LINE_LEVEL) {
      flush();
      lineBox = boxOf(cells);
    } else if (cells[TSV.level] === TSV_WORD_LEVEL && lineBox) {
      const text = (cells[TSV.text] ?? '').trim();
      const confidence = Number(cells[TSV.conf]) / 100;
      if (text === '' || isJunkWord(text, confidence)) continue;
      words.push({ text: printedWord(text), confidence, bbox: boxOf(cells) });
    } else if (cells[TSV.level] !== TSV_WORD_LEVEL) {
      flush();
    }
  }
  flush();
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
  }, options.initParameters ?? {});
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

  const recognizeOptions = (page: PreparedPage, psm?: string): Partial<Tesseract.RecognizeOptions> =>
    ({ user_defined_dpi: String(page.dpi), ...(psm ? { tessedit_pageseg_mode: psm } : {}) }) as Partial<Tesseract.RecognizeOptions>;

  const recognize = async (page: PreparedPage, psm?: string): Promise<OcrLine[]> => {
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
        worker.recognize(page.data, recognizeOptions(page, psm), {
          text: false,
          tsv: true,
        }),
        death,
      ]);
      return linesFromTsv(result.data.tsv);
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
    run: async (page) => {
      const lines = options.columnPass === false ? await recognize(page) : await readWithColumns(page, recognize, options.columnPassOptions);
      return withPageNumber(page, await withSignatureBlock(page, lines, recognize), recognize);
    },
    async terminate() {
      thread.removeAllListeners('exit');
      thread.removeAllListeners('error');
      // Keep a listener: an error emitted while the thread shuts down must not become uncaught.
      thread.on('error', () => {});
      await worker.terminate();
    },
  };
}
