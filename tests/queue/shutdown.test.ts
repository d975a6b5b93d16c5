import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWorker } from '../../src/queue/worker.js';
import { SEEDS, REDIS_URL, enqueue, exitOf, freshPrefix, openQueues, removePrefix, silent, spawnWorker, tempDir, waitFor } from './support.js';

const SEED = path.join(SEEDS, '000_2179a7ae91b9f635.txt');

let prefix = '';
afterEach(async () => {
  if (prefix) await removePrefix(prefix);
});

describe('hoso worker on SIGTERM', () => {
  it('stops taking jobs, settles the one it holds and exits 0 within 30 s', async () => {
    prefix = freshPrefix();
    const dir = await tempDir();
    await mkdir(path.join(dir, 'in'));
    await copyFile(SEED, path.join(dir, 'in', 'call.txt'));
    await enqueue([path.join(dir, 'in')], path.join(dir, 'out'), prefix);

    const queues = openQueues(prefix);
    try {
      const worker = spawnWorker('cli', prefix);
      await waitFor('a job to start', async () => (await queues.pages.getActiveCount()) + (await queues.documents.getActiveCount()) > 0, 30_000);
      const signalled = Date.now();
      worker.kill('SIGTERM');
      const { code } = await exitOf(worker);
      expect(code).toBe(0);
      expect(Date.now() - signalled).toBeLessThan(30_000);
      // Nothing is left locked by the stopped worker: the held job finished or went back to waiting.
      expect(await queues.pages.getActiveCount()).toBe(0);
      expect(await queues.documents.getActiveCount()).toBe(0);
    } finally {
      await queues.close();
    }
  });

  it('hands a job it cannot finish before the deadline back to the queue', async () => {
    prefix = freshPrefix();
    const dir = await tempDir();
    await mkdir(path.join(dir, 'in'));
    await copyFile(SEED, path.join(dir, 'in', 'call.txt'));
    await enqueue([path.join(dir, 'in')], path.join(dir, 'out'), prefix);

    const queues = openQueues(prefix);
    try {
      const worker = startWorker({ redisUrl: REDIS_URL, prefix, concurrency: 1, log: silent });
      await waitFor('the page job to start', async () => (await queues.pages.getActiveCount()) === 1, 30_000);
      // No time to finish: its sandboxed process is still starting.
      expect(await worker.stop(0)).toEqual({ released: 1, closed: false });
      const [page] = await queues.pages.getJobs(['wait']);
      expect(page?.id).toMatch(/^page-/);
      expect(await queues.pages.getActiveCount()).toBe(0);
      // Let its sandboxed process wind down before the keys are removed.
      await worker.stop(20_000);
    } finally {
      await queues.close();
    }
  });
});
