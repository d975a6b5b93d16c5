// Helpers for queue tests: a real Redis, a fresh key prefix per test (removed afterwards),
// temporary folders, and polling until something happens.
import { randomBytes } from 'node:crypto';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { loadConfig } from '../../src/config.js';
import { DOCUMENT_QUEUE, PAGE_QUEUE } from '../../src/queue/jobs.js';
import { enqueueDocuments, type EnqueueSummary } from '../../src/queue/producer.js';

export const REDIS_URL = 'redis://127.0.0.1:6379';
/** The project's real documents: shared/ sits beside the repository (as in CI). */
export const SEEDS = path.resolve(import.meta.dirname, '../../../shared/seeds');
export const silent = pino({ level: 'silent' });
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TSX = path.join(ROOT, 'node_modules/tsx/dist/loader.mjs');

export function freshPrefix(): string {
  return `hoso-test-${randomBytes(5).toString('hex')}`;
}

export async function removePrefix(prefix: string): Promise<void> {
  const client = new Redis(REDIS_URL);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await client.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await client.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    client.disconnect();
  }
}

export function tempDir(): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), 'hoso-queue-'));
}

export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export function enqueue(inputs: string[], out: string, prefix: string, batch: string | null = null): Promise<EnqueueSummary> {
  return enqueueDocuments(inputs, { redisUrl: REDIS_URL, out, batch, prefix, config: loadConfig({}, {}), log: silent });
}

/** The documents and pages queues under `prefix`, for inspecting job states. */
export function openQueues(prefix: string): { documents: Queue; pages: Queue; close(): Promise<void> } {
  const connection = { host: '127.0.0.1', port: 6379 };
  const documents = new Queue(DOCUMENT_QUEUE, { connection, prefix });
  const pages = new Queue(PAGE_QUEUE, { connection, prefix });
  return { documents, pages, close: async () => void (await Promise.all([documents.close(), pages.close()])) };
}

/** A worker in its own process (tests/queue/fixtures/worker-process.ts), so a test can kill it. */
export function spawnWorker(mode: 'cli' | 'short-locks', prefix: string): ChildProcess {
  return spawn(process.execPath, ['--import', TSX, path.join(ROOT, 'tests/queue/fixtures/worker-process.ts'), mode, REDIS_URL, prefix], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
}

export function exitOf(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve({ code: child.exitCode, signal: child.signalCode });
  }
  return new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
}
