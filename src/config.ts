// Typed configuration: flags > environment > defaults, merged and validated once here.
// No stage reads process.env; everything it needs is passed down in a Config.
import os from 'node:os';

export interface Limits {
  /** Largest input file accepted, in bytes. @defaultValue 512 MiB */
  maxBytes: number;
  /** Most pages read from one PDF or TIFF. @defaultValue 500 */
  maxPages: number;
  /** Most pixels in one page image, checked from the header before decoding. @defaultValue 100 megapixels */
  maxPixels: number;
  /** Seconds one page's OCR may take before it fails with E_OCR_TIMEOUT. @defaultValue 120 */
  ocrSecondsPerPage: number;
}

export interface OcrOptions {
  /** OCR workers in the pool. @defaultValue one per core */
  workers: number;
  /** Pages a worker recognizes before it is replaced, to cap WASM memory growth. @defaultValue 200 */
  recyclePages: number;
  /** Tesseract language(s). @defaultValue 'vie' */
  language: string;
  /** Engine: the bundled tesseract.js, or the system `tesseract` binary when installed. @defaultValue 'tesseractjs' */
  engine: 'tesseractjs' | 'tesseract';
  /** Resolution pages above it are resampled down to before recognition (lower ones stay as scanned): 250 reads 12–14 pt text as well as 300 for 6–17% less CPU (measured on the samples). @defaultValue 250 */
  targetDpi: number;
  /**
   * Pages whose seal is cleared where its ink is lighter than print (`src/ocr/light-ink.ts`):
   * 'grey', pages scanned in grey, where colour cannot drop a seal; 'all', every page, for seals
   * in a dark red or purple that the brightest colour channel leaves (a page with such a seal
   * over its body: CER 1.4% → 0.5% dark red, 11.6% → 2.2% purple; on the generated bright red
   * seals no better: 0.21% against 0.23% and 0.23% against 0.16% on two colour sets); 'none'.
   * @defaultValue 'grey'
   */
  sealInk: 'grey' | 'all' | 'none';
}

export interface Config {
  limits: Limits;
  ocr: OcrOptions;
  /** Documents processed at once by `hoso run`. @defaultValue one per core */
  concurrency: number;
  /** Reprocess inputs whose output already exists. @defaultValue false */
  force: boolean;
  /** Silence progress output. @defaultValue false */
  quiet: boolean;
  /** Extra lexicon files merged into the domain lexicon. @defaultValue [] */
  lexiconFiles: string[];
}

export type ConfigFlags = Partial<{
  concurrency: number | string;
  force: boolean;
  quiet: boolean;
  lexicon: string | string[];
  engine: string;
  ocrWorkers: number | string;
}>;

export function defaultConfig(): Config {
  const cores = Math.max(1, os.availableParallelism());
  return {
    limits: {
      maxBytes: 512 * 1024 * 1024,
      maxPages: 500,
      maxPixels: 100_000_000,
      ocrSecondsPerPage: 120,
    },
    ocr: { workers: cores, recyclePages: 200, language: 'vie', engine: 'tesseractjs', targetDpi: 250, sealInk: 'grey' },
    concurrency: cores,
    force: false,
    quiet: false,
    lexiconFiles: [],
  };
}

function positiveInt(name: string, value: unknown): number {
  const n = typeof value === 'number' ? value : Number(String(value).trim());
  if (!Number.isInteger(n) || n < 1) {
    throw new HosoUsageError(`${name} must be a whole number of at least 1 (got "${String(value)}")`);
  }
  return n;
}

/** A mistake in how hoso was called: the CLI prints it and exits 2. */
export class HosoUsageError extends Error {
  override readonly name = 'HosoUsageError';
}

/**
 * Merge flags over environment (HOSO_* variables) over defaults.
 * Env: HOSO_CONCURRENCY, HOSO_OCR_WORKERS, HOSO_ENGINE, HOSO_MAX_PAGES, HOSO_MAX_PIXELS,
 * HOSO_MAX_BYTES, HOSO_OCR_TIMEOUT (seconds per page), HOSO_RECYCLE_PAGES, HOSO_OCR_DPI, HOSO_SEAL_INK.
 */
export function loadConfig(flags: ConfigFlags = {}, env: NodeJS.ProcessEnv = process.env): Config {
  const config = defaultConfig();
  const pick = (flag: unknown, envName: string): unknown => flag ?? (env[envName] === '' ? undefined : env[envName]);

  const concurrency = pick(flags.concurrency, 'HOSO_CONCURRENCY');
  if (concurrency !== undefined) config.concurrency = positiveInt('--concurrency', concurrency);
  const workers = pick(flags.ocrWorkers, 'HOSO_OCR_WORKERS');
  config.ocr.workers = workers !== undefined ? positiveInt('--ocr-workers', workers) : config.concurrency;
  const engine = pick(flags.engine, 'HOSO_ENGINE');
  if (engine !== undefined) {
    if (engine !== 'tesseractjs' && engine !== 'tesseract') {
      throw new HosoUsageError(`--engine must be "tesseractjs" or "tesseract" (got "${String(engine)}")`);
    }
    config.ocr.engine = engine;
  }
  const limits: [keyof Limits, string][] = [
    ['maxPages', 'HOSO_MAX_PAGES'],
    ['maxPixels', 'HOSO_MAX_PIXELS'],
    ['maxBytes', 'HOSO_MAX_BYTES'],
    ['ocrSecondsPerPage', 'HOSO_OCR_TIMEOUT'],
  ];
  for (const [key, envName] of limits) {
    const value = env[envName];
    if (value !== undefined && value !== '') config.limits[key] = positiveInt(envName, value);
  }
  const recycle = env.HOSO_RECYCLE_PAGES;
  if (recycle) config.ocr.recyclePages = positiveInt('HOSO_RECYCLE_PAGES', recycle);
  const dpi = env.HOSO_OCR_DPI;
  if (dpi) config.ocr.targetDpi = positiveInt('HOSO_OCR_DPI', dpi);
  const sealInk = env.HOSO_SEAL_INK;
  if (sealInk) {
    if (sealInk !== 'grey' && sealInk !== 'all' && sealInk !== 'none') {
      throw new HosoUsageError(`HOSO_SEAL_INK must be "grey", "all" or "none" (got "${sealInk}")`);
    }
    config.ocr.sealInk = sealInk;
  }

  config.force = flags.force ?? false;
  config.quiet = flags.quiet ?? false;
  const lexicon = flags.lexicon;
  config.lexiconFiles = lexicon === undefined ? [] : Array.isArray(lexicon) ? lexicon : [lexicon];
  return config;
}

