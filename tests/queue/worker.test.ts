import { access, copyFile, mkdir, readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch.js';
import { loadConfig } from '../../src/config.js';
import { HosoError } from '../../src/errors.js';
import { readManifest } from '../../src/output/manifest.js';
import { readStatus } from '../../src/queue/status.js';
import { startWorker, type RunningWorker } from '../../src/queue/worker.js';
import { Redis } from 'ioredis';
import { SEEDS, REDIS_URL, enqueue, freshPrefix, openQueues, removePrefix, silent, tempDir, waitFor } from './support.js';


let prefix = '';
let worker: RunningWorker | null = null;
afterEach(async () => {
  await worker?.stop(5_000);
  worker = null;
  if (prefix) await removePrefix(prefix);
});

async function seedFolder(names: string[]): Promise<string> {
  const dir = await tempDir();
  await mkdir(path.join(dir, 'in'));
  for (const name of names) await copyFile(path.join(SEEDS, name), path.join(dir, 'in', name));
  return dir;
}

/** Seed 000 enqueued under a fresh prefix, no worker yet: its output folder, the queues and its document job. */
async function waitingDocument() {
  prefix = freshPrefix();
  const dir = await seedFolder(['000_2179a7ae91b9f635.txt']);
  const out = path.join(dir, 'out');
  await enqueue([path.join(dir, 'in')], out, prefix);
  const queues = openQueues(prefix);
  try {
    const [document] = await queues.documents.getJobs(['waiting-children']);
    return { out, queues, document };
  } catch (error) {
    await queues.close();
    throw error;
  }
}

function start(): RunningWorker {
  return startWorker({ redisUrl: REDIS_URL, prefix, concurrency: 1, lockDurationMs: 5_000, stalledIntervalMs: 2_000, log: silent });
}

async function report() {
  const client = new Redis(REDIS_URL);
  try {
    return await readStatus(client, prefix, null);
  } finally {
    client.disconnect();
  }
}

describe('hoso worker', () => {
  it('completes each flow with the JSON `hoso run` writes and one ok manifest line', async () => {
    prefix = freshPrefix();
    const dir = await seedFolder(['000_2179a7ae91b9f635.txt', '002_ac090b3505789b99.txt']);
    const out = path.join(dir, 'queued');
    expect((await enqueue([path.join(dir, 'in')], out, prefix)).added).toBe(2);
    worker = start();
    await waitFor('both documents', async () => (await report()).counts.completed === 2);

    const records = await readManifest(out);
    expect(records.map((r) => r.status)).toEqual(['ok', 'ok']);
    expect(new Set(records.map((r) => r.id)).size).toBe(2);
    // Page files were only a hand-over between jobs.
    expect(await readdir(path.join(out, '.pages'))).toEqual([]);

    const ranOut = path.join(dir, 'ran');
    const noOcr = { recognize: async () => Promise.reject(new HosoError('E_OCR_FAILED', 'text inputs need no OCR')), close: async () => {} };
    await runBatch({ inputs: [path.join(dir, 'in')], outDir: ranOut, config: loadConfig({ concurrency: 1 }, {}), ocr: noOcr });
    for (const record of records) {
      const queued = await readFile(path.join(out, record.output!), 'utf8');
      expect(queued).toBe(await readFile(path.join(ranOut, record.output!), 'utf8'));
    }
    expect((await report()).counts).toEqual({ waiting: 0, active: 0, completed: 2, failed: 0, delayed: 0 });
  });

  it('fails a document whose input vanished after enqueue once, without retrying it', async () => {
    prefix = freshPrefix();
    const dir = await seedFolder(['003_50ac25d73d6bafda.txt']);
    const out = path.join(dir, 'out');
    await enqueue([path.join(dir, 'in')], out, prefix);
    await rm(path.join(dir, 'in', '003_50ac25d73d6bafda.txt'));
    worker = start();
    await waitFor('the failure', async () => (await report()).counts.failed === 1);

    const records = await readManifest(out);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ status: 'failed', error: { code: 'E_INPUT_NOT_FOUND' } });
    const queues = openQueues(prefix);
    try {
      const [page] = await queues.pages.getJobs(['failed']);
      expect(page.attemptsMade).toBe(1);
      const [document] = await queues.documents.getJobs(['failed']);
      expect(document.attemptsMade).toBe(1);
    } finally {
      await queues.close();
    }
    const { failures } = await report();
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ code: 'E_INPUT_NOT_FOUND', path: path.join(dir, 'in', '003_50ac25d73d6bafda.txt') });
    await expect(access(path.join(out, `${records[0].id}.json`))).rejects.toThrow();
  });

  it('retries a document it cannot write with backoff, then records one failure', async () => {
    const { out, queues, document } = await waitingDocument();
    try {
      // A folder where the JSON should go: every write fails, and not because of the input.
      await mkdir(path.join(out, `${document.id}.json`));
      worker = start();
      await waitFor('the failure', async () => (await report()).counts.failed === 1, 60_000);
      const failed = await queues.documents.getJob(String(document.id));
      expect(failed?.attemptsMade).toBe(3);
      // Two backoff waits before the last attempt: 2.5-5 s, then 5-10 s (exponential, with jitter).
      expect(failed!.finishedOn! - failed!.timestamp).toBeGreaterThan(7_000);
    } finally {
      await queues.close();
    }
    const records = await readManifest(out);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ status: 'failed', error: { code: 'E_OUTPUT_WRITE' } });
  });

  it('records a document BullMQ gives up on after its workers died too often', async () => {
    const { out, queues, document } = await waitingDocument();
    try {
      // What BullMQ's stalled-job check writes once a job has stalled more than maxStalledCount times.
      const client = new Redis(REDIS_URL);
      await client.hset(`${prefix}:documents:${document.id}`, 'defa', 'job stalled more than allowable limit');
      client.disconnect();
      worker = start();
      await waitFor('the failure', async () => (await readManifest(out)).length === 1, 30_000);
    } finally {
      await queues.close();
    }
    const records = await readManifest(out);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ status: 'failed', error: { code: 'E_OUTPUT_WRITE' } });
    expect(records[0].error?.message).toMatch(/stopped \d+ times/);
  });
});
