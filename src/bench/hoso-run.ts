// hoso as a user runs it: the compiled CLI, `hoso run <the PDFs> --out OUT --quiet`, one process
// whose OCR workers are worker_threads inside it. Reads each document's JSON back for scoring.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CampaignDocument } from '../document.js';
import { readManifest } from '../output/manifest.js';
import type { HeldOutDocument } from './held-out.js';
import { commandWorks, runMeasured } from './processes.js';
import { failureMessage, type SystemOutput, type SystemRunner } from './system.js';

export const HOSO_CLI = 'dist/src/cli/index.js';

export interface HosoOutput extends SystemOutput {
  /** The schema-v1 JSON of each document that came out ok, by document name. */
  documents: Map<string, CampaignDocument>;
}

export type HosoEngine = 'tesseractjs' | 'tesseract';

export function hosoArgs(pdfs: readonly string[], outDir: string, jobs: number, engine: HosoEngine = 'tesseractjs'): string[] {
  const args = [HOSO_CLI, 'run', ...pdfs, '--out', outDir, '--quiet', '--force', '--concurrency', String(jobs)];
  return engine === 'tesseractjs' ? args : [...args, '--engine', engine];
}

/**
 * Peak RSS of hoso on one text input: the same process (restorer, structure, output) with no
 * OCR worker and no pdf.js, so what the OCR run adds on top of it is the workers' share.
 */
export async function baselineRssMiB(doc: HeldOutDocument, dir: string): Promise<number | null> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const input = path.join(dir, `${doc.name}.txt`);
  await writeFile(input, doc.truthText);
  const result = await runMeasured(process.execPath, [HOSO_CLI, 'run', input, '--out', path.join(dir, 'out'), '--quiet', '--force']);
  return result.exitCode === 0 ? result.peakRssMiB : null;
}

/** (peak − baseline) ÷ workers, or null when either figure is missing. */
export function perWorkerRssMiB(peak: number | null, baseline: number | null, workers: number): number | null {
  if (peak === null || baseline === null) return null;
  return Math.round(((peak - baseline) / workers) * 10) / 10;
}

/** hoso with its default engine (tesseract.js), or with `--engine tesseract` (the system binary). */
export function hosoRunner(
  engine: HosoEngine = 'tesseractjs',
): SystemRunner & { run(docs: readonly HeldOutDocument[], outDir: string, jobs: number): Promise<HosoOutput> } {
  return {
    name: engine === 'tesseractjs' ? 'hoso' : 'hoso-native',
    async unavailable() {
      if (!existsSync(HOSO_CLI)) return `${HOSO_CLI} is missing: run npm run build first`;
      if (engine === 'tesseract' && !(await commandWorks('tesseract', ['--version'])).ok) {
        return 'the tesseract command is not installed (apt-get install tesseract-ocr tesseract-ocr-vie)';
      }
      return null;
    },
    async run(docs, outDir, jobs) {
      const byPath = new Map(docs.map((d) => [path.resolve(d.pdf), d.name]));
      const result = await runMeasured(process.execPath, hosoArgs(docs.map((d) => d.pdf), outDir, jobs, engine));
      const texts = new Map<string, string>();
      const failures = new Map<string, string>();
      const documents = new Map<string, CampaignDocument>();
      for (const record of await readManifest(outDir)) {
        const name = byPath.get(path.resolve(record.source.path));
        if (name === undefined) continue;
        if (record.status === 'ok' && record.output) {
          const doc = JSON.parse(await readFile(path.join(outDir, record.output), 'utf8')) as CampaignDocument;
          documents.set(name, doc);
          texts.set(name, doc.text);
        } else if (record.error) {
          failures.set(name, `${record.error.code}: ${record.error.message}`);
        }
      }
      for (const doc of docs) {
        if (!texts.has(doc.name) && !failures.has(doc.name)) failures.set(doc.name, `no manifest record (${failureMessage(result)})`);
      }
      const invocation =
        `node ${hosoArgs(['<the PDFs>'], 'OUT', jobs, engine).join(' ')} ` +
        (engine === 'tesseractjs' ? `(default engine, ${jobs} tesseract.js workers)` : `(${jobs} workers, each running the tesseract binary per page)`);
      const measured = { texts, failures, documents, wallMs: result.wallMs, cpuSeconds: result.cpuSeconds, parallelism: jobs, invocation };
      if (engine === 'tesseract') {
        // The node process and the tesseract children are separate processes: GNU time gives the larger, not a sum.
        return {
          ...measured,
          peakRssMiB: result.peakRssMiB,
          peakRssPerWorkerMiB: null,
          memoryNote: 'largest peak RSS of the hoso process or any one tesseract child, by GNU time; no per-worker figure',
        };
      }
      const baseline = await baselineRssMiB(docs[0], `${outDir}-baseline`);
      return {
        ...measured,
        peakRssMiB: result.peakRssMiB,
        peakRssPerWorkerMiB: perWorkerRssMiB(result.peakRssMiB, baseline, jobs),
        memoryNote:
          `peak RSS (VmHWM, by GNU time) of the one hoso process, which holds all ${jobs} tesseract.js workers as worker_threads ` +
          `plus pdf.js, the restorer model and the main thread; per worker: (peak − ${baseline ?? '?'} MiB, the peak of the ` +
          `same CLI on one .txt input, no OCR) ÷ ${jobs} workers, an estimate that also charges pdf.js and page images to the workers`,
      };
    },
  };
}
