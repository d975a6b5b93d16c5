// `npm run bench -- --profile`: one page end to end through the library's own stages, each
// timed apart, to show where a page's time goes.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { openDocument } from '../ingest/index.js';
import type { PageImage } from '../ingest/types.js';
import { loadRestorer } from '../normalize/index.js';
import { createOcrEngine } from '../ocr/index.js';
import { preprocessPage } from '../ocr/preprocess.js';
import { writeDocument } from '../output/documents.js';
import { assembleDocument, pageText } from '../pipeline.js';
import { structureDocument } from '../structure/index.js';
import { formatTable } from './report.js';

export interface StageTiming {
  stage: string;
  ms: number;
  /** 'once' per process, a 'page' stage, or a 'part' of the page stage above it. */
  kind: 'once' | 'page' | 'part';
  note: string;
}

async function timed<T>(stages: StageTiming[], stage: string, kind: StageTiming['kind'], note: string, fn: () => Promise<T> | T): Promise<T> {
  const started = performance.now();
  const value = await fn();
  stages.push({ stage, ms: performance.now() - started, kind, note });
  return value;
}

/** A small white page: recognizing it starts the OCR worker and loads its model, nothing more. */
function blankPage(): PageImage {
  const width = 300;
  const height = 300;
  return { data: Buffer.alloc(width * height, 255), encoding: 'raw', width, height, channels: 1, dpi: 300 };
}

/** Profile page `pageNumber` of `pdf` with one OCR worker. */
export async function profilePage(pdf: string, pageNumber = 1): Promise<StageTiming[]> {
  const stages: StageTiming[] = [];
  const config = loadConfig({ concurrency: 1, quiet: true });
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'hoso-profile-'));
  const restorer = await timed(stages, 'load restorer', 'once', 'dictionaries and language model, once per process', () =>
    loadRestorer({ lexiconFiles: [] }),
  );
  const ocr = await timed(stages, 'start OCR engine', 'once', 'pool, first worker and vie model (warm-up on a blank 300×300 image)', async () => {
    const engine = await createOcrEngine(config);
    await engine.recognize(blankPage());
    return engine;
  });
  try {
    const first = await timed(stages, 'first open', 'once', 'the same open, paying the one-time load of pdf.js', () => openDocument(pdf, config));
    await first.close();
    const opened = await timed(stages, 'open', 'page', 'read, hash, sniff, parse the PDF', () => openDocument(pdf, config));
    try {
      const content = await timed(stages, 'image extraction', 'page', `page ${pageNumber} image out of the PDF`, () => opened.page(pageNumber));
      let preprocessMs = 0;
      if (content.source === 'ocr') {
        const started = performance.now();
        await preprocessPage(content.image);
        preprocessMs = performance.now() - started;
      }
      const raw = await timed(stages, 'OCR', 'page', 'engine.recognize: preprocessing, then Tesseract', () => pageText(content, ocr));
      if (content.source === 'ocr') {
        // The engine preprocesses inside recognize; the same call made apart splits OCR in two.
        const ocrMs = stages[stages.length - 1].ms;
        stages.push(
          { stage: '  preprocessing', ms: preprocessMs, kind: 'part', note: 'drop red, deskew, resample: preprocessPage timed apart' },
          { stage: '  recognition', ms: ocrMs - preprocessMs, kind: 'part', note: 'the rest of OCR: Tesseract and reading order' },
        );
      }
      const restored = await timed(stages, 'restoration', 'page', `${raw.text.length} characters`, () => restorer.restore(raw.text));
      await timed(stages, 'structure', 'page', 'structureDocument on the restored page', () =>
        structureDocument({ text: restored.text, pages: [{ ...raw, text: restored.text }] }),
      );
      // assembleDocument restores and structures again: it is the shape of the JSON, not a stage of its own.
      const doc = assembleDocument(opened.source, [raw], restorer);
      await timed(stages, 'write', 'page', 'atomic write of the JSON', () => writeDocument(outDir, doc));
    } finally {
      await opened.close();
    }
  } finally {
    await ocr.close();
    await rm(outDir, { recursive: true, force: true });
  }
  return stages;
}

export function formatProfile(pdf: string, pageNumber: number, stages: readonly StageTiming[]): string {
  const total = stages.filter((s) => s.kind === 'page').reduce((sum, s) => sum + s.ms, 0);
  const rows = [
    ['stage', 'ms', 'share', 'what'],
    ...stages.map((s) => [
      s.stage,
      s.ms.toFixed(1),
      s.kind === 'once' ? 'once' : `${((s.ms / total) * 100).toFixed(1)}%`,
      s.note,
    ]),
  ];
  return [
    `profile of ${pdf}, page ${pageNumber}, one OCR worker:`,
    formatTable(rows),
    `per-page total ${total.toFixed(0)} ms; shares are of this total; "once" is paid once per process`,
  ].join('\n');
}
