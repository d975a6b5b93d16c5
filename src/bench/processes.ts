// Runs external commands for the bench and measures each one the same way: wall clock from
// Node, and CPU seconds and peak RSS from GNU time (/usr/bin/time), which reads the kernel's
// rusage for the process and the descendants it waited for.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const GNU_TIME = '/usr/bin/time';
/** Elapsed, user and system seconds, then max RSS in KiB. */
const TIME_FORMAT = 'HOSOBENCH %e %U %S %M';

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Collect stdout (default: discarded). */
  captureStdout?: boolean;
}

export interface RunResult {
  command: string;
  exitCode: number;
  stdout: string;
  /** The last few KiB of stderr, for error messages. */
  stderrTail: string;
  wallMs: number;
  /** User + system CPU seconds of the process and its waited-for descendants; null without GNU time. */
  cpuSeconds: number | null;
  /** Largest resident set of the process or any one waited-for descendant, in MiB; null without GNU time. */
  peakRssMiB: number | null;
}

export interface GnuTimeFigures {
  cpuSeconds: number;
  peakRssMiB: number;
}

export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

/** Parse the line TIME_FORMAT writes; null when it is missing (e.g. the command was killed). */
export function parseGnuTime(output: string): GnuTimeFigures | null {
  const line = output.split('\n').find((l) => l.startsWith('HOSOBENCH '));
  if (!line) return null;
  const [, , user, system, maxRssKiB] = line.trim().split(/\s+/).map(Number);
  if (![user, system, maxRssKiB].every(Number.isFinite)) return null;
  return { cpuSeconds: round(user + system, 2), peakRssMiB: round(maxRssKiB / 1024, 1) };
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

const STDERR_TAIL = 4096;

export async function runMeasured(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const useTime = hasGnuTime();
  const tmp = useTime ? await mkdtemp(path.join(os.tmpdir(), 'hoso-bench-')) : null;
  const timeFile = tmp ? path.join(tmp, 'time.txt') : null;
  const [file, argv] = timeFile
    ? [GNU_TIME, ['-f', TIME_FORMAT, '-o', timeFile, command, ...args]]
    : [command, [...args]];
  const started = performance.now();
  try {
    const { exitCode, stdout, stderrTail } = await new Promise<{ exitCode: number; stdout: string; stderrTail: string }>(
      (resolve, reject) => {
        const child = spawn(file, argv, {
          cwd: options.cwd,
          env: options.env ?? process.env,
          stdio: ['ignore', options.captureStdout ? 'pipe' : 'ignore', 'pipe'],
        });
        const out: Buffer[] = [];
        let err = '';
        child.stdout?.on('data', (chunk: Buffer) => out.push(chunk));
        child.stderr?.on('data', (chunk: Buffer) => {
          err = (err + chunk.toString('utf8')).slice(-STDERR_TAIL);
        });
        child.on('error', reject);
        child.on('close', (code, signal) =>
          resolve({
            exitCode: code ?? (signal ? 128 : 1),
            stdout: Buffer.concat(out).toString('utf8'),
            stderrTail: err,
          }),
        );
      },
    );
    const wallMs = performance.now() - started;
    const figures = timeFile ? parseGnuTime(await readFile(timeFile, 'utf8').catch(() => '')) : null;
    return {
      command: [command, ...args].join(' '),
      exitCode,
      stdout,
      stderrTail,
      wallMs,
      cpuSeconds: figures?.cpuSeconds ?? null,
      peakRssMiB: figures?.peakRssMiB ?? null,
    };
  } finally {
    if (tmp) await rm(tmp, { recursive: true, force: true });
  }
}

/** True when `command` can be started (found on PATH and exits 0 with these args). */
export async function commandWorks(command: string, args: readonly string[]): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.stderr.on('data', (c: Buffer) => (output += c.toString('utf8')));
    child.on('error', () => resolve({ ok: false, output: `${command} not found` }));
    child.on('close', (code) => resolve({ ok: code === 0, output: output.trim() }));
  });
}

/** Installs Debian packages with apt-get when running as root; says what happened either way. */
export async function aptInstall(packages: readonly string[]): Promise<string> {
  if (process.getuid?.() !== 0) return 'not root, so apt-get was not tried';
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = await runMeasured('apt-get', ['install', '-y', ...packages], { env });
  return install.exitCode === 0 ? 'installed with apt-get' : `apt-get install failed (exit ${install.exitCode})`;
}
