// OCRmyPDF the way a batch user runs it over a folder: one process per file, one file per core
// at a time (what `ls *.pdf | xargs -P <cores> -I{} ocrmypdf -j 1 …` does), text to a sidecar.
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { HeldOutDocument } from './held-out.js';
import { aptInstall, commandWorks, runMeasured, type RunResult } from './processes.js';
import { failureMessage, maxRss, sumCpu, type SystemOutput, type SystemRunner } from './system.js';
import { mapLimit } from '../util/map-limit.js';

/** The arguments for one file; with --output-type none the output PDF must be "-". */
export function ocrmypdfArgs(pdf: string, sidecar: string): string[] {
  return ['-j', '1', '-l', 'vie', '--output-type', 'none', '--sidecar', sidecar, pdf, '-'];
}

async function vieInstalled(): Promise<boolean> {
  const langs = await commandWorks('tesseract', ['--list-langs']);
  return langs.ok && langs.output.split('\n').some((l) => l.trim() === 'vie');
}

export async function ocrmypdfVersion(): Promise<string | null> {
  const version = await commandWorks('ocrmypdf', ['--version']);
  return version.ok ? version.output.split('\n')[0] : null;
}

export function ocrmypdfRunner(): SystemRunner {
  let version: string | null = null;
  return {
    name: 'ocrmypdf',
    async unavailable() {
      version = await ocrmypdfVersion();
      if (version === null || !(await vieInstalled())) {
        const attempt = await aptInstall(['ocrmypdf', 'tesseract-ocr-vie']);
        version = await ocrmypdfVersion();
        if (version === null) return `ocrmypdf is not installed (${attempt})`;
        if (!(await vieInstalled())) return `tesseract has no Vietnamese data (tesseract-ocr-vie; ${attempt})`;
      }
      return null;
    },
    async run(docs: readonly HeldOutDocument[], outDir: string, jobs: number): Promise<SystemOutput> {
      await mkdir(outDir, { recursive: true });
      const texts = new Map<string, string>();
      const failures = new Map<string, string>();
      const started = performance.now();
      const results = await mapLimit(docs, jobs, async (doc): Promise<RunResult> => {
        const sidecar = path.join(outDir, `${doc.name}.txt`);
        const result = await runMeasured('ocrmypdf', ocrmypdfArgs(doc.pdf, sidecar));
        if (result.exitCode === 0) texts.set(doc.name, await readFile(sidecar, 'utf8'));
        else failures.set(doc.name, failureMessage(result));
        return result;
      });
      const wallMs = performance.now() - started;
      const runs = results.filter((r): r is RunResult => r !== undefined);
      return {
        texts,
        failures,
        wallMs,
        cpuSeconds: sumCpu(runs),
        peakRssMiB: maxRss(runs),
        peakRssPerWorkerMiB: maxRss(runs),
        parallelism: jobs,
        invocation:
          `ocrmypdf ${version ?? ''}: one process per file, ${jobs} at a time: ` +
          `ocrmypdf ${ocrmypdfArgs('IN.pdf', 'OUT/<name>.txt').join(' ')}`,
        memoryNote:
          'largest peak RSS of any one process in any ocrmypdf run (the Python process or its tesseract child), by GNU time; ' +
          'a file in flight holds both at once, so its footprint is up to the two added',
      };
    },
  };
}
