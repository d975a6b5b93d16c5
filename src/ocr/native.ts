// The optional native engine: the system `tesseract` binary, one process per page, TSV output.
// Sites that have tesseract-ocr installed get its speed; results take the same shape.
import { spawn, spawnSync } from 'node:child_process';
import { HosoError } from '../errors.js';
import type { PoolWorker } from './pool.js';
import { readWithColumns } from './column-pass.js';
import { isJunkWord } from './junk.js';
import { printedWord } from './look-alikes.js';
import { withPageNumber } from './page-number.js';
import { withSignatureBlock } from './signature-pass.js';
import type { PreparedPage } from './preprocess.js';
import { DEFAULT_PSM } from './tesseract-worker.js';
import type { OcrLine, OcrWord } from './types.js';

export interface NativeOptions {
  language: string;
  psm?: string;
  /** The binary to run. @defaultValue 'tesseract' */
  binary?: string;
}

/** Fail early, with what to do, when the binary or its language data is missing. */
export function checkNativeTesseract(options: NativeOptions): void {
  const binary = options.binary ?? 'tesseract';
  const listed = spawnSync(binary, ['--list-langs'], { encoding: 'utf8' });
  if (listed.error || listed.status !== 0) {
    throw new HosoError(
      'E_OCR_FAILED',
      `the "${binary}" program was not found: install it (Debian: apt-get install tesseract-ocr tesseract-ocr-vie) or use --engine tesseractjs`,
      { cause: listed.error },
    );
  }
  const installed = new Set(`${listed.stdout}`.split('\n').slice(1).map((l) => l.trim()));
  const missing = options.language.split('+').filter((lang) => !installed.has(lang));
  if (missing.length) {
    throw new HosoError(
      'E_OCR_FAILED',
      `tesseract has no data for ${missing.join(', ')}: install it (Debian: apt-get install ${missing.map((m) => `tesseract-ocr-${m}`).join(' ')}) or use --engine tesseractjs`,
    );
  }
}

/** Lines with word boxes from Tesseract's TSV output (level 5 rows are words). */
export function parseTsv(tsv: string): OcrLine[] {
  const lines = new Map<string, OcrWord[]>();
  for (const row of tsv.split('\n').slice(1)) {
    const cells = row.split('\t');
    if (cells.length < 12 || cells[0] !== '5') continue;
    const text = printedWord(cells.slice(11).join('\t').trim());
    const confidence = Number(cells[10]);
    if (text === '' || confidence < 0 || isJunkWord(text, confidence / 100)) continue;
    const [left, top, width, height] = cells.slice(6, 10).map(Number);
    const key = cells.slice(1, 5).join('.');
    const words = lines.get(key) ?? [];
    words.push({ text, confidence: confidence / 100, bbox: { x0: left, y0: top, x1: left + width, y1: top + height } });
    lines.set(key, words);
  }
  return [...lines.values()].map((words) => ({
    text: words.map((w) => w.text).join(' '),
    confidence: words.reduce((sum, w) => sum + w.confidence, 0) / words.length,
    bbox: {
      x0: Math.min(...words.map((w) => w.bbox.x0)),
      y0: Math.min(...words.map((w) => w.bbox.y0)),
      x1: Math.max(...words.map((w) => w.bbox.x1)),
      y1: Math.max(...words.map((w) => w.bbox.y1)),
    },
    words,
  }));
}

/** A pool worker that runs one `tesseract` process per page; terminate kills the one running. */
export function startNativeWorker(options: NativeOptions): PoolWorker<PreparedPage, OcrLine[]> {
  const binary = options.binary ?? 'tesseract';
  let running: ReturnType<typeof spawn> | null = null;
  const recognize = (page: PreparedPage, psm?: string): Promise<OcrLine[]> =>
    new Promise<OcrLine[]>((resolve, reject) => {
      const args = ['-', '-', '-l', options.language, '--psm', psm ?? options.psm ?? DEFAULT_PSM, '--dpi', String(page.dpi), 'tsv'];
      // One thread per process: the pool already runs one process per core.
      const child = spawn(binary, args, { env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
      running = child;
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
      child.stdin.on('error', () => {});
      child.on('error', (error) =>
        reject(new HosoError('E_OCR_FAILED', `could not run ${binary}: ${error.message}`, { cause: error })),
      );
      child.on('close', (code, signal) => {
        running = null;
        if (code === 0) resolve(parseTsv(Buffer.concat(out).toString('utf8')));
        else {
          const detail = Buffer.concat(err).toString('utf8').trim().split('\n').pop() ?? '';
          reject(new HosoError('E_OCR_FAILED', `${binary} failed on this page (${signal ?? `exit ${code}`}): ${detail}`));
        }
      });
      child.stdin.end(page.data);
    });
  return {
    run: async (page) => withPageNumber(page, await withSignatureBlock(page, await readWithColumns(page, recognize), recognize), recognize),
    async terminate() {
      running?.kill('SIGKILL');
      running = null;
    },
  };
}
