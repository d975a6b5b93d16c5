// What every system under test hands back: one text per document (or why there is none) and
// the figures measured around the whole run.
import type { HeldOutDocument } from './held-out.js';
import type { RunResult } from './processes.js';

export interface SystemOutput {
  /** Recognized text per document name; absent when that document failed. */
  texts: Map<string, string>;
  /** Why a document has no text, per document name. */
  failures: Map<string, string>;
  /** Wall clock of the whole run over the set, from the first process start to the last exit. */
  wallMs: number;
  /** CPU seconds summed over every process, where GNU time measured them. */
  cpuSeconds: number | null;
  /** Largest peak RSS of any one process, MiB. */
  peakRssMiB: number | null;
  /** Peak RSS one OCR worker accounts for, MiB: measured per process, or estimated where workers share one. */
  peakRssPerWorkerMiB: number | null;
  /** How many OCR processes or workers ran at once. */
  parallelism: number;
  /** Exactly how the system was invoked and what the memory figure means. */
  invocation: string;
  memoryNote: string;
}

export interface SystemRunner {
  name: string;
  /** null when the system can run here, else why not. */
  unavailable(): Promise<string | null>;
  run(docs: readonly HeldOutDocument[], outDir: string, jobs: number): Promise<SystemOutput>;
}

export function sumCpu(results: readonly RunResult[]): number | null {
  if (results.some((r) => r.cpuSeconds === null)) return null;
  return Math.round(results.reduce((sum, r) => sum + (r.cpuSeconds ?? 0), 0) * 100) / 100;
}

export function maxRss(results: readonly RunResult[]): number | null {
  const values = results.map((r) => r.peakRssMiB).filter((v): v is number => v !== null);
  return values.length ? Math.max(...values) : null;
}

export function failureMessage(result: RunResult): string {
  const tail = result.stderrTail.trim().split('\n').slice(-3).join(' | ');
  return `exit ${result.exitCode}${tail ? `: ${tail}` : ''}`;
}
