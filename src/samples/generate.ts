// `npm run samples -- [--out DIR] [--count N] [--seed S] [--max-pages N] [--dpi D] [--grey SHARE] [--kind scan|ocr-text]`:
// writes scan-like PDFs (or, with --kind ocr-text, the text an old Latin-only OCR made of them)
// with <name>.truth.txt and <name>.truth.json beside each.
// Seeds below 1000 are for development; 1000 and above are held out for benchmarks.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { latinOcrText } from './latin-ocr.js';
import { type SampleOptions, generateSample, planSample, truthLabels, truthText } from './sample.js';

export type SampleKind = 'scan' | 'ocr-text';

export function sampleName(seed: number, kind: SampleKind = 'scan'): string {
  return `${kind}-${String(seed).padStart(4, '0')}`;
}

export async function writeSample(dir: string, seed: number, options: SampleOptions = {}): Promise<string> {
  const sample = await generateSample(seed, options);
  const base = path.join(dir, sampleName(seed));
  await mkdir(dir, { recursive: true });
  await writeFile(`${base}.pdf`, sample.pdf);
  await writeFile(`${base}.truth.txt`, sample.truthText);
  await writeFile(`${base}.truth.json`, `${JSON.stringify(sample.labels, null, 2)}\n`);
  return `${base}.pdf`;
}

/** The document of `seed` as an old Latin-only OCR read it, its truth, and its labels without scan settings. */
export function ocrTextSample(seed: number, options: { maxPages?: number } = {}) {
  const plan = planSample(seed, options);
  const { dpi: _dpi, skewDeg: _skew, jpegQuality: _quality, stampOverText: _stamp, grey: _grey, ...labels } = truthLabels(seed, plan);
  return { ocr: latinOcrText(plan.pages, plan.rng), truth: truthText(plan.pages), labels };
}

/** The document of `seed` as old Latin-only OCR text (<name>.txt), its truth and labels without scan settings. */
export async function writeOcrTextSample(dir: string, seed: number, options: { maxPages?: number } = {}): Promise<string> {
  const { ocr, truth, labels } = ocrTextSample(seed, options);
  const base = path.join(dir, sampleName(seed, 'ocr-text'));
  await mkdir(dir, { recursive: true });
  await writeFile(`${base}.txt`, ocr);
  await writeFile(`${base}.truth.txt`, truth);
  await writeFile(`${base}.truth.json`, `${JSON.stringify(labels, null, 2)}\n`);
  return `${base}.txt`;
}

function wholeNumber(name: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number of at least ${min} (got "${value}")`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'out/samples' },
      count: { type: 'string' },
      seed: { type: 'string' },
      'max-pages': { type: 'string' },
      dpi: { type: 'string' },
      grey: { type: 'string' },
      kind: { type: 'string', default: 'scan' },
    },
  });
  const count = wholeNumber('count', values.count, 6);
  const first = wholeNumber('seed', values.seed, 0);
  const maxPages = wholeNumber('max-pages', values['max-pages'], 4, 1);
  const dpi = values.dpi === undefined ? undefined : wholeNumber('dpi', values.dpi, 300, 10);
  const grey = values.grey === undefined ? 0 : Number(values.grey);
  if (!(grey >= 0 && grey <= 1)) throw new Error(`--grey must be a share between 0 and 1 (got "${values.grey}")`);
  if (values.kind !== 'scan' && values.kind !== 'ocr-text') throw new Error(`--kind must be scan or ocr-text (got "${values.kind}")`);
  const out = values.out;
  for (let seed = first; seed < first + count; seed++) {
    const file = values.kind === 'scan' ? await writeSample(out, seed, { maxPages, dpi, grey }) : await writeOcrTextSample(out, seed, { maxPages });
    process.stderr.write(`${file}\n`);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`samples: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
