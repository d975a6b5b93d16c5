// hoso as a user runs it: the compiled CLI, `hoso run <the PDFs> --out OUT --quiet`, one process
// whose OCR workers are worker_threads inside it. Reads each document's JSON back for scoring.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
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
      return {
        texts,
        failures,
        documents,
        wallMs: result.wallMs,
        cpuSeconds: result.cpuSeconds,
        peakRssMiB: result.peakRssMiB,
        parallelism: jobs,
        invocation: `node ${hosoArgs(['<the PDFs>'], 'OUT', jobs).join(' ')} (default engine, ${jobs} OCR workers)`,
        memoryNote:
          `peak RSS (VmHWM, by GNU time) of the one hoso process, which holds all ${jobs} tesseract.js workers as worker_threads ` +
          'plus pdf.js, the restorer model and the main thread; per worker is at most this figure',
      };
    },
  };
}
