// `npm run bench -- --memory N`: hoso with one OCR worker over N pages (the held-out PDFs
// copied under new names until there are enough), its resident memory sampled from /proc as
// it goes. With one worker, the process's RSS bounds the worker's.
import { spawn } from 'node:child_process';
import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { HeldOutDocument } from './held-out.js';
import { baselineRssMiB, HOSO_CLI } from './hoso-run.js';
import { formatTable } from './report.js';

export interface MemorySample {
  seconds: number;
  rssMiB: number;
}

export interface MemoryRun {
  pages: number;
  files: number;
  wallSeconds: number;
  exitCode: number;
  /** Highest VmHWM read from /proc while the process ran (MiB). */
  peakRssMiB: number;
  /** Peak RSS of the same CLI on one .txt input (no OCR worker, no pdf.js), MiB. */
  baselineRssMiB: number | null;
  samples: MemorySample[];
}

/** VmRSS and VmHWM (MiB) from a /proc/<pid>/status text. */
export function parseProcStatus(status: string): { rssMiB: number; hwmMiB: number } | null {
  const kib = (key: string) => {
    const match = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
    return match ? Number(match[1]) : null;
  };
  const rss = kib('VmRSS');
  const hwm = kib('VmHWM');
  return rss === null || hwm === null ? null : { rssMiB: Math.round(rss / 102.4) / 10, hwmMiB: Math.round(hwm / 102.4) / 10 };
}

/** The inputs: the set's PDFs in turn, each copy under its own name, until `pages` is reached. */
async function repeatedInputs(
  docs: readonly HeldOutDocument[],
  dir: string,
  pages: number,
): Promise<{ dir: string; files: string[]; pages: number }> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const files: string[] = [];
  let total = 0;
  for (let i = 0; total < pages; i++) {
    const doc = docs[i % docs.length];
    const file = path.join(dir, `${String(i).padStart(4, '0')}-${doc.name}.pdf`);
    await copyFile(doc.pdf, file);
    files.push(file);
    total += doc.pages;
  }
  return { dir, files, pages: total };
}

export async function measureMemory(docs: readonly HeldOutDocument[], workDir: string, pages: number): Promise<MemoryRun> {
  const inputs = await repeatedInputs(docs, path.join(workDir, 'memory-in'), pages);
  const outDir = path.join(workDir, 'memory-out');
  await rm(outDir, { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(process.execPath, [HOSO_CLI, 'run', inputs.dir, '--out', outDir, '--quiet', '--force', '--concurrency', '1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const samples: MemorySample[] = [];
  let peak = 0;
  const timer = setInterval(() => {
    if (child.pid === undefined) return;
    readFile(`/proc/${child.pid}/status`, 'utf8').then(
      (status) => {
        const figures = parseProcStatus(status);
        if (!figures) return;
        peak = Math.max(peak, figures.hwmMiB);
        samples.push({ seconds: Math.round((performance.now() - started) / 100) / 10, rssMiB: figures.rssMiB });
      },
      () => {},
    );
  }, 1000);
  const exitCode = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? 1));
  });
  clearInterval(timer);
  const baseline = await baselineRssMiB(docs[0], path.join(workDir, 'memory-baseline'));
  return {
    pages: inputs.pages,
    files: inputs.files.length,
    wallSeconds: Math.round((performance.now() - started) / 100) / 10,
    exitCode,
    peakRssMiB: peak,
    baselineRssMiB: baseline,
    samples,
  };
}

/** RSS at each tenth of the run, and the peak. */
export function formatMemory(run: MemoryRun): string {
  const rows = [['elapsed s', 'RSS MiB']];
  const step = Math.max(1, Math.floor(run.samples.length / 10));
  for (let i = 0; i < run.samples.length; i += step) rows.push([String(run.samples[i].seconds), String(run.samples[i].rssMiB)]);
  return [
    `hoso run, one OCR worker, ${run.pages} pages in ${run.files} files, ${run.wallSeconds} s, exit ${run.exitCode}:`,
    formatTable(rows),
    `peak RSS of the process (VmHWM): ${run.peakRssMiB} MiB; the same CLI without OCR (one .txt input): ` +
      `${run.baselineRssMiB ?? '?'} MiB; so the OCR worker, pdf.js and page images: ` +
      `${run.baselineRssMiB === null ? '?' : Math.round((run.peakRssMiB - run.baselineRssMiB) * 10) / 10} MiB ` +
      '(goal: one worker under ~600 MB over 500 pages)',
  ].join('\n');
}
