import { copyFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readManifest } from '../../src/output/manifest.js';
import { startWorker, type RunningWorker } from '../../src/queue/worker.js';
import { SEEDS, REDIS_URL, enqueue, exitOf, freshPrefix, openQueues, removePrefix, silent, spawnWorker, tempDir, waitFor } from './support.js';

const SEED = path.join(SEEDS, '002_ac090b3505789b99.txt');

let prefix = '';
let worker: RunningWorker | null = null;
afterEach(async () => {
  await worker?.stop(5_000);
  worker = null;
  if (prefix) await removePrefix(prefix);
});

describe('a worker killed mid-job', () => {
  it('loses nothing: a fresh worker completes the document exactly once', async () => {
    prefix = freshPrefix();
    const dir = await tempDir();
    await mkdir(path.join(dir, 'in'));
    await copyFile(SEED, path.join(dir, 'in', 'plan.txt'));
    const out = path.join(dir, 'out');
    await enqueue([path.join(dir, 'in')], out, prefix);

    const queues = openQueues(prefix);
    try {
      const doomed = spawnWorker('short-locks', prefix);
      // Kill it as soon as it holds the page job: its sandboxed process is still starting then.
      await waitFor('the page job to start', async () => (await queues.pages.getActiveCount()) === 1, 30_000);
      doomed.kill('SIGKILL');
      expect((await exitOf(doomed)).signal).toBe('SIGKILL');
      expect(await queues.documents.getCompletedCount()).toBe(0);
      expect(await queues.pages.getActiveCount()).toBe(1);

      worker = startWorker({ redisUrl: REDIS_URL, prefix, concurrency: 1, lockDurationMs: 2_000, stalledIntervalMs: 1_000, log: silent });
      await waitFor('the document to complete', async () => (await queues.documents.getCompletedCount()) === 1, 60_000);
      const [page] = await queues.pages.getJobs(['completed']);
      // The page came back through the stalled-job check, not by a retry after failure.
      expect(page.stalledCounter).toBeGreaterThanOrEqual(1);
      expect(page.attemptsMade).toBe(1);
    } finally {
      await queues.close();
    }
    const records = await readManifest(out);
    expect(records.map((r) => r.status)).toEqual(['ok']);
    const doc = JSON.parse(await readFile(path.join(out, records[0].output!), 'utf8'));
    expect(doc.id).toBe(records[0].id);
  });
});
