// Makes (truth, OCR) line pairs to learn the confusion channel from: renders Vietnamese lines
// as a scanned page would look, reads them with tesseract.js offline, pairs lines by order.
// Usage: tsx src/normalize/build/ocr-pairs.ts --model eng --split train --lines 300 [--scan mixed|clean|soft|coarse] --out pairs.tsv FILE...
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import sharp from 'sharp';
import { createWorker } from 'tesseract.js';
import { readProseLines, wrapLine, type Split } from './corpus.js';

const FONT_FILE = '/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf';
const LINES_PER_PAGE = 12;

function languageFolder(model: string): string {
  const require = createRequire(import.meta.url);
  const pkg = require.resolve(`@tesseract.js-data/${model}/package.json`);
  return `${dirname(pkg)}/4.0.0_best_int`;
}

/** Every `stride`-th wrapped line of the sources, up to `wanted` lines. */
async function pickLines(files: string[], split: Split, wanted: number, stride: number): Promise<string[]> {
  const out: string[] = [];
  let seen = 0;
  for (const file of files) {
    for await (const line of readProseLines(file, split)) {
      for (const wrapped of wrapLine(line, 68)) {
        if (wrapped.length < 25 || seen++ % stride !== 0) continue;
        out.push(wrapped);
        if (out.length >= wanted) return out;
      }
    }
  }
  return out;
}

/** How each page is degraded, in turn: a clean print, a soft scan, a coarse thresholded scan. */
const SCANS = {
  clean: { fontSize: 36, scale: 1, blur: 0.5, threshold: false },
  soft: { fontSize: 36, scale: 0.6, blur: 0.6, threshold: false },
  coarse: { fontSize: 40, scale: 0.5, blur: 0.5, threshold: true },
};
type ScanName = keyof typeof SCANS;

async function renderPage(lines: string[], scan: (typeof SCANS)[ScanName]): Promise<Buffer> {
  const { fontSize } = scan;
  const lineHeight = Math.round(fontSize * 1.6);
  const canvas = createCanvas(Math.round(fontSize * 40), lineHeight * lines.length + fontSize * 2);
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#111';
  context.font = `${fontSize}px "Hoso Render Serif"`;
  lines.forEach((line, i) => context.fillText(line, fontSize, fontSize * 1.5 + i * lineHeight));
  const png = canvas.toBuffer('image/png');
  // Down to a coarser scan and back, blurred: marks merge into their letters as on paper.
  const coarse = await sharp(png).greyscale().resize(Math.round(canvas.width * scan.scale)).blur(scan.blur).png().toBuffer();
  const page = sharp(coarse).resize(canvas.width);
  return (scan.threshold ? page.threshold(150) : page).png().toBuffer();
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      model: { type: 'string', default: 'eng' },
      split: { type: 'string', default: 'train' },
      lines: { type: 'string', default: '240' },
      stride: { type: 'string', default: '997' },
      out: { type: 'string' },
      /** clean, soft, coarse, or mixed (each page in turn). */
      scan: { type: 'string', default: 'mixed' },
    },
  });
  if (!values.out || positionals.length === 0) throw new Error('usage: --out FILE.tsv [--model eng|vie] CORPUS...');
  GlobalFonts.registerFromPath(FONT_FILE, 'Hoso Render Serif');
  const truth = await pickLines(positionals, values.split as Split, Number(values.lines), Number(values.stride));
  const worker = await createWorker(values.model, 1, {
    langPath: languageFolder(values.model),
    gzip: true,
    cacheMethod: 'none',
  });
  const rows: string[] = [];
  for (let start = 0; start < truth.length; start += LINES_PER_PAGE) {
    const page = truth.slice(start, start + LINES_PER_PAGE);
    const names = values.scan === 'mixed' ? (Object.keys(SCANS) as ScanName[]) : [values.scan as ScanName];
    const image = await renderPage(page, SCANS[names[(start / LINES_PER_PAGE) % names.length]]);
    const { data } = await worker.recognize(image);
    const read = data.text.split('\n').filter((line) => line.trim() !== '');
    if (read.length !== page.length) {
      process.stderr.write(`page ${start}: ${read.length} lines read for ${page.length}, skipped\n`);
      continue;
    }
    page.forEach((line, i) => rows.push(`${line}\t${read[i].normalize('NFC')}`));
    process.stderr.write(`page ${start}: ok\n`);
  }
  await worker.terminate();
  writeFileSync(values.out, `truth\tocr\n${rows.join('\n')}\n`);
  process.stderr.write(`${rows.length} pairs written to ${values.out}\n`);
}

await main();
