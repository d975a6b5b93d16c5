// The OCR engine hoso runs: page image → preprocessing → a bounded pool of Tesseract workers
// (tesseract.js by default, the system binary on request) → lines in reading order.
import type { Config } from '../config.js';
import { HosoError } from '../errors.js';
import type { PageImage } from '../ingest/types.js';
import { Limiter } from './limiter.js';
import { readUpright } from './orientation.js';
import { checkNativeTesseract, startNativeWorker } from './native.js';
import { buildPageResult } from './page-result.js';
import { WorkerPool, type PoolStats, type PoolWorker } from './pool.js';
import { DEFAULT_PREPROCESS, preprocessPage, type PreparedPage, type PreprocessOptions } from './preprocess.js';
import type { ColumnPassOptions } from './column-pass.js';
import { startTesseractWorker } from './tesseract-worker.js';
import type { OcrEngine, OcrLine, OcrPageResult } from './types.js';

export type { OcrEngine, OcrPageResult } from './types.js';

export interface PooledOcrEngine extends OcrEngine {
  /** Workers started, recycled and discarded so far. */
  readonly stats: PoolStats;
}

/**
 * Pages prepared ahead of the workers: enough to keep every worker fed while the next page is
 * decoded and preprocessed, few enough that a 500-page PDF never sits decoded in memory at once.
 */
const PREPARED_AHEAD_PER_WORKER = 2;

/** Settings that are fixed by measurement; open here so the measurements can vary them. */
export interface EngineTuning {
  preprocess?: Partial<PreprocessOptions>;
  /** Tesseract page segmentation mode. @defaultValue '3' */
  psm?: string;
  /** Further Tesseract parameters (tesseract.js engine only). @defaultValue {} */
  parameters?: Record<string, string>;
  /** Tesseract parameters read when the model loads (tesseract.js engine only). @defaultValue {} */
  initParameters?: Record<string, string>;
  /** Re-read mixed two-column bands column by column (tesseract.js engine only). @defaultValue true */
  columnPass?: boolean;
  /** How the column re-read works (tesseract.js engine only). */
  columnPassOptions?: ColumnPassOptions;
}

/** Create the engine `config.ocr.engine` names. Workers start on the first page, not before. */
export async function createOcrEngine(config: Config, tuning: EngineTuning = {}): Promise<PooledOcrEngine> {
  const { language, engine, workers, recyclePages, targetDpi, sealInk } = config.ocr;
  let startWorker: () => Promise<PoolWorker<PreparedPage, OcrLine[]>>;
  if (engine === 'tesseract') {
    checkNativeTesseract({ language });
    startWorker = async () => startNativeWorker({ language, psm: tuning.psm });
  } else {
    startWorker = () =>
      startTesseractWorker({
        language,
        psm: tuning.psm,
        parameters: tuning.parameters,
        initParameters: tuning.initParameters,
        columnPass: tuning.columnPass,
        columnPassOptions: tuning.columnPassOptions,
      });
  }
  const pool = new WorkerPool(startWorker, {
    size: workers,
    recycleAfter: recyclePages,
    timeoutMs: config.limits.ocrSecondsPerPage * 1000,
  });
  const ahead = new Limiter(workers * PREPARED_AHEAD_PER_WORKER);
  const options: PreprocessOptions = { ...DEFAULT_PREPROCESS, targetDpi, lightInk: sealInk, ...tuning.preprocess };

  return {
    stats: pool.stats,
    async recognize(image: PageImage): Promise<OcrPageResult> {
      const release = await ahead.acquire();
      try {
        let page: PreparedPage;
        try {
          page = await preprocessPage(image, options);
        } catch (error) {
          throw new HosoError('E_INPUT_CORRUPT', `the page image cannot be decoded: ${(error as Error).message}`, {
            cause: error,
          });
        }
        // A page fed into the scanner upside down or sideways is read again, turned.
        return await readUpright(page, async (turned) => buildPageResult(await pool.run(turned), turned.width, turned.height), options);
      } finally {
        release();
      }
    },
    close: () => pool.close(),
  };
}
