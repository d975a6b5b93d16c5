// The held-out set every system reads: scan-like PDFs from the samples generator with seeds
// from 1000 up (never used to build or tune a model), each with its truth text and labels.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { parsePdfImagesList, singleImagePages, type PdfImageInfo } from './pdf-images.js';
import { writeSample } from '../samples/generate.js';
import { aptInstall, commandWorks } from './processes.js';

export interface HeldOutDocument {
  name: string;
  pdf: string;
  truthText: string;
  /** The generator's labels (.truth.json), or null when it wrote none. */
  truthLabels: unknown;
  pages: number;
  /** Resolution of each page's image (index 0 = page 1), null where a page is not one image. */
  dpi: (number | null)[];
  images: PdfImageInfo[];
}

export interface SetSummary {
  docs: number;
  pages: number;
  seeds: { from: number; to: number };
  dpi: { min: number | null; max: number | null };
  pagesPerDoc: { min: number; max: number };
  /** Documents scanned in greyscale. */
  grey: number;
}

/**
 * The bench reads the held-out PDFs' pages and images with poppler-utils (pdfinfo, pdfimages),
 * as the tesseract CLI row needs them anyway: installed with apt-get when missing and root.
 */
export async function ensurePoppler(): Promise<void> {
  if ((await commandWorks('pdfinfo', ['-v'])).output.includes('pdfinfo version')) return;
  const attempt = await aptInstall(['poppler-utils']);
  if (!(await commandWorks('pdfinfo', ['-v'])).output.includes('pdfinfo version')) {
    throw new Error(`the bench reads the held-out PDFs with poppler-utils (pdfinfo, pdfimages), which is not installed (${attempt}): apt-get install poppler-utils`);
  }
}

async function pageCount(pdf: string): Promise<number> {
  const info = await commandWorks('pdfinfo', [pdf]);
  const match = /^Pages:\s+(\d+)/m.exec(info.output);
  if (!info.ok || !match) throw new Error(`pdfinfo cannot read ${pdf}: ${info.output.slice(0, 200)}`);
  return Number(match[1]);
}

export async function readHeldOutDocument(dir: string, pdfFile: string): Promise<HeldOutDocument> {
  const name = pdfFile.replace(/\.pdf$/i, '');
  const pdf = path.join(dir, pdfFile);
  const truthText = await readFile(path.join(dir, `${name}.truth.txt`), 'utf8');
  const labelsPath = path.join(dir, `${name}.truth.json`);
  const truthLabels: unknown = existsSync(labelsPath) ? JSON.parse(await readFile(labelsPath, 'utf8')) : null;
  const pages = await pageCount(pdf);
  const list = await commandWorks('pdfimages', ['-list', pdf]);
  const images = parsePdfImagesList(list.output);
  const single = singleImagePages(images);
  const dpi = Array.from({ length: pages }, (_, i) => {
    const image = single.get(i + 1);
    return image ? Math.round((image.xPpi + image.yPpi) / 2) : null;
  });
  return { name, pdf, truthText, truthLabels, pages, dpi, images };
}

/** Generate `count` documents from `seed` into a fresh `dir` (the share `grey` scanned in grey) and read them back. */
export async function makeHeldOutSet(dir: string, count: number, seed: number, grey = 0): Promise<HeldOutDocument[]> {
  await ensurePoppler();
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  for (let s = seed; s < seed + count; s++) await writeSample(dir, s, { grey });
  const pdfs = (await readdir(dir)).filter((f) => f.toLowerCase().endsWith('.pdf')).sort();
  if (pdfs.length === 0) throw new Error(`the samples generator wrote no PDF into ${dir}`);
  const docs: HeldOutDocument[] = [];
  for (const pdf of pdfs) docs.push(await readHeldOutDocument(dir, pdf));
  return docs;
}

export function summarizeSet(docs: readonly HeldOutDocument[], seed: number): SetSummary {
  const dpis = docs.flatMap((d) => d.dpi).filter((v): v is number => v !== null);
  const pages = docs.map((d) => d.pages);
  return {
    docs: docs.length,
    pages: pages.reduce((a, b) => a + b, 0),
    seeds: { from: seed, to: seed + docs.length - 1 },
    dpi: { min: dpis.length ? Math.min(...dpis) : null, max: dpis.length ? Math.max(...dpis) : null },
    pagesPerDoc: { min: Math.min(...pages), max: Math.max(...pages) },
    grey: docs.filter((d) => (d.truthLabels as { grey?: unknown } | null)?.grey === true).length,
  };
}
