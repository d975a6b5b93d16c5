// Measures the OCR stage on rendered, degraded administrative pages: CER and ms per page for
// each preprocessing step and page segmentation mode, and peak RSS of one worker.
// Run: nice npx tsx tests/ocr/measure.ts [variants|samples|rss] (CPU-heavy: a few minutes).
// `samples` reads the committed samples/*.pdf (made by src/samples, not by these tests).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { PageImage } from '../../src/ingest/types.js';
import { openDocument } from '../../src/ingest/index.js';
import { defaultConfig } from '../../src/config.js';
import { createOcrEngine, type EngineTuning } from '../../src/ocr/index.js';
import { cer } from '../fixtures/ocr/cer.js';
import { renderPage, type Degradation, type RenderedPage } from '../fixtures/ocr/render-page.js';

const PAGES: Partial<Degradation>[] = [
  { dpi: 300, skewDegrees: 1.8, stamp: 'body', blur: 1.0, noise: 15, lightFloor: 0.6, jpegQuality: 40, seed: 11 },
  { dpi: 250, skewDegrees: -1.2, stamp: 'signature', blur: 0.7, noise: 10, lightFloor: 0.8, jpegQuality: 60, seed: 12 },
  { dpi: 200, skewDegrees: 0.6, stamp: 'body', blur: 0.5, noise: 8, lightFloor: 0.75, jpegQuality: 75, bodyPt: 12, seed: 13 },
];

const VARIANTS: [string, EngineTuning, string?][] = [
  ['default (max channel, white point 0.85, deskew past 0.8°, 250 dpi, PSM 3)', {}],
  ['red channel', { preprocess: { colourToGrey: 'red' } }],
  ['luminance', { preprocess: { colourToGrey: 'luminance' } }],
  ['no deskew', { preprocess: { deskew: false } }],
  ['deskew past 1.1°', { preprocess: { minRotationDegrees: 1.1 } }],
  ['deskew past 1.4°', { preprocess: { minRotationDegrees: 1.4 } }],
  ['flatten light', { preprocess: { flattenLight: true } }],
  ['no white point', { preprocess: { whitePoint: null } }],
  ['white point 0.75', { preprocess: { whitePoint: 0.75 } }],
  ['white point 0.9', { preprocess: { whitePoint: 0.9 } }],
  ['resample to 250 dpi', { preprocess: { targetDpi: 250 } }],
  ['resample to 200 dpi', { preprocess: { targetDpi: 200 } }],
  ['resample to 220 dpi', { preprocess: { targetDpi: 220 } }],
  ['250 dpi, lower resolutions kept', { preprocess: { upsample: false } }],
  ['220 dpi, lower resolutions kept', { preprocess: { targetDpi: 220, upsample: false } }],
  ['resample to 230 dpi', { preprocess: { targetDpi: 230 } }],
  ['resample to 300 dpi', { preprocess: { targetDpi: 300 } }],
  ['no text-based paragraph detection (paragraph_text_based 0)', { parameters: { paragraph_text_based: '0' } }],
  ['no table finding (textord_tabfind_find_tables 0)', { parameters: { textord_tabfind_find_tables: '0' } }],
  ['no LSTM dictionary (lstm_use_matrix 0)', { initParameters: { lstm_use_matrix: '0' } }],
  ['no noise removal (enable_noise_removal 0)', { parameters: { enable_noise_removal: '0' } }],
  ['no column re-read', { columnPass: false }],
  ['column crops PSM 6', { columnPassOptions: { cropPsm: '6' } }],
  ['column crops PSM 4', { columnPassOptions: { cropPsm: '4' } }],
  ['no inverted-line retry (tessedit_do_invert 0)', { parameters: { tessedit_do_invert: '0' } }],
  ['PSM 6 (single block)', { psm: '6' }],
  ['PSM 4 (single column)', { psm: '4' }],
  ['native tesseract binary', {}, 'tesseract'],
];

/** CPU milliseconds of this process (all threads) and its waited-for children, from /proc. */
function cpuMs(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14-17 of stat (utime, stime, cutime, cstime) in clock ticks of 10 ms.
  return fields.slice(11, 15).reduce((sum, f) => sum + Number(f), 0) * 10;
}

async function runVariant(pages: RenderedPage[], tuning: EngineTuning, engineName = 'tesseractjs'): Promise<{ cers: number[]; ms: number; cpuMs: number }> {
  const config = defaultConfig();
  config.ocr.workers = 1;
  config.ocr.engine = engineName as 'tesseractjs' | 'tesseract';
  const engine = await createOcrEngine(config, tuning);
  try {
    await engine.recognize(pages[0].image); // warm-up: worker start is not page time
    const cers: number[] = [];
    // CPU time of this process and its children, so other load on the machine does not count.
    const started = performance.now();
    const startedCpu = cpuMs();
    for (const page of pages) cers.push(cer((await engine.recognize(page.image)).text, page.truth));
    return { cers, ms: (performance.now() - started) / pages.length, cpuMs: (cpuMs() - startedCpu) / pages.length };
  } finally {
    await engine.close();
  }
}

async function variants(): Promise<void> {
  const pages = await Promise.all(PAGES.map((d) => renderPage(d)));
  console.log('| variant | CER p1 (300dpi) | CER p2 (250dpi) | CER p3 (200dpi) | mean CER | CPU ms/page | wall ms/page |');
  console.log('|---|---|---|---|---|---|---|');
  const only = process.argv[3];
  for (const [name, tuning, engineName] of VARIANTS) {
    if (only && !name.includes(only)) continue;
    const { cers, ms, cpuMs: cpu } = await runVariant(pages, tuning, engineName);
    const pct = (v: number): string => `${(v * 100).toFixed(2)}%`;
    const mean = cers.reduce((a, b) => a + b, 0) / cers.length;
    console.log(`| ${name} | ${cers.map(pct).join(' | ')} | ${pct(mean)} | ${cpu.toFixed(0)} | ${ms.toFixed(0)} |`);
  }
}

interface SampleDoc {
  name: string;
  pages: PageImage[];
  truth: string;
}

async function loadSamples(dir: string): Promise<SampleDoc[]> {
  const config = defaultConfig();
  const docs: SampleDoc[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort()) {
    const opened = await openDocument(path.join(dir, file), config);
    const pages: PageImage[] = [];
    for (let n = 1; n <= opened.pageCount; n++) {
      const content = await opened.page(n);
      if (content.source === 'ocr') pages.push(content.image);
    }
    await opened.close();
    const truth = readFileSync(path.join(dir, file.replace(/\.pdf$/, '.truth.txt')), 'utf8');
    docs.push({ name: file, pages, truth });
  }
  return docs;
}

async function samples(): Promise<void> {
  const docs = await loadSamples(process.argv[4] ?? 'samples');
  const pageCount = docs.reduce((n, d) => n + d.pages.length, 0);
  console.log(`${docs.length} documents, ${pageCount} pages`);
  console.log(`| variant | ${docs.map((d) => d.name.replace('.pdf', '')).join(' | ')} | mean CER | CPU ms/page | wall ms/page |`);
  console.log(`|---|${docs.map(() => '---|').join('')}---|---|---|`);
  const only = process.argv[3];
  for (const [name, tuning, engineName] of VARIANTS) {
    if (only && only !== 'all' && !only.split(',').some((o) => name.includes(o))) continue;
    const config = defaultConfig();
    config.ocr.workers = 1;
    config.ocr.engine = (engineName ?? 'tesseractjs') as 'tesseractjs' | 'tesseract';
    const engine = await createOcrEngine(config, tuning);
    await engine.recognize(docs[0].pages[0]);
    const cers: number[] = [];
    const started = performance.now();
    const startedCpu = cpuMs();
    for (const doc of docs) {
      const texts: string[] = [];
      for (const page of doc.pages) texts.push((await engine.recognize(page)).text);
      cers.push(cer(texts.join('\n'), doc.truth));
    }
    const wall = (performance.now() - started) / pageCount;
    const cpu = (cpuMs() - startedCpu) / pageCount;
    await engine.close();
    const pct = (v: number): string => `${(v * 100).toFixed(2)}%`;
    const mean = cers.reduce((a, b) => a + b, 0) / cers.length;
    console.log(`| ${name} | ${cers.map(pct).join(' | ')} | ${pct(mean)} | ${cpu.toFixed(0)} | ${wall.toFixed(0)} |`);
  }
}

async function rss(): Promise<void> {
  const pages = Number(process.argv[3] ?? 30);
  const config = defaultConfig();
  config.ocr.workers = 1;
  const engine = await createOcrEngine(config);
  const page = await renderPage(PAGES[0]);
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  for (let i = 0; i < pages; i++) {
    await engine.recognize(page.image);
    if ((i + 1) % 10 === 0) console.log(`${i + 1} pages: rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`);
  }
  clearInterval(timer);
  await engine.close();
  console.log(`process RSS before the worker ${(baseline / 2 ** 20).toFixed(0)} MB, peak with one worker ${(peak / 2 ** 20).toFixed(0)} MB over ${pages} pages`);
}

const mode = process.argv[2] ?? 'variants';
await (mode === 'rss' ? rss() : mode === 'samples' ? samples() : variants());
