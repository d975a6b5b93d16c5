// hoso as a user runs it: the compiled CLI, `hoso run <the PDFs> --out OUT --quiet`, one process
// whose OCR workers are worker_threads inside it. Reads each document's JSON back for scoring.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CampaignDocument } from '../document.js';
import { readManifest } from '../output/manifest.js';
import type { HeldOutDocument } from './held-out.js';
import { runMeasured } from './processes.js';
import { failureMessage, type SystemOutput, type SystemRunner } from './system.js';

export const HOSO_CLI = 'dist/src/cli/index.js';

export interface HosoOutput extends SystemOutput {
  /** The schema-v1 JSON of each document that came out ok, by document name. */
  documents: Map<string, CampaignDocument>;
}

export function hosoArgs(pdfs: readonly string[], outDir: string, jobs: number): string[] {
  return [HOSO_CLI, 'run', ...pdfs, '--out', outDir, '--quiet', '--force', '--concurrency', String(jobs)];
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

export function hosoRunner(): SystemRunner & { run(docs: readonly HeldOutDocument[], outDir: string, jobs: number): Promise<HosoOutput> } {
  return {
    name: 'hoso',
    async unavailable() {
      return existsSync(HOSO_CLI) ? null : `${HOSO_CLI} is missing: run npm run build first`;
    },
    async run(docs, outDir, jobs) {
      const byPath = new Map(docs.map((d) => [path.resolve(d.pdf), d.name]));
      const result = await runMeasured(process.execPath, hosoArgs(docs.map((d) => d.pdf), outDir, jobs));
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
      const baseline = await baselineRssMiB(docs[0], `${outDir}-baseline`);
      return {
        texts,
        failures,
        documents,
        wallMs: result.wallMs,
        cpuSeconds: result.cpuSeconds,
        peakRssMiB: result.peakRssMiB,
        peakRssPerWorkerMiB: perWorkerRssMiB(result.peakRssMiB, baseline, jobs),
        parallelism: jobs,
        invocation: `node ${hosoArgs(['<the PDFs>'], 'OUT', jobs).join(' ')} (default engine, ${jobs} OCR workers)`,
        memoryNote:
          `peak RSS (VmHWM, by GNU time) of the one hoso process, which holds all ${jobs} tesseract.js workers as worker_threads ` +
          `plus pdf.js, the restorer model and the main thread; per worker: (peak − ${baseline ?? '?'} MiB, the peak of the ` +
          `same CLI on one .txt input, no OCR) ÷ ${jobs} workers, an estimate that also charges pdf.js and page images to the workers`,
      };
    },
  };
}
