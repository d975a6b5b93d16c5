import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { formatStatus, readStatus } from '../../src/queue/status.js';
import { SEEDS, REDIS_URL, enqueue, freshPrefix, removePrefix, tempDir } from './support.js';


let prefix = '';
afterEach(async () => {
  if (prefix) await removePrefix(prefix);
});

async function status(batch: string | null) {
  const client = new Redis(REDIS_URL);
  try {
    return await readStatus(client, prefix, batch);
  } finally {
    client.disconnect();
  }
}

describe('hoso status', () => {
  it('counts documents and pages by state, for all batches or one', async () => {
    prefix = freshPrefix();
    const dir = await tempDir();
    for (const [folder, names] of [
      ['a', ['000_2179a7ae91b9f635.txt', '002_ac090b3505789b99.txt']],
      ['b', ['003_50ac25d73d6bafda.txt']],
    ] as const) {
      await mkdir(path.join(dir, folder));
      for (const name of names) await copyFile(path.join(SEEDS, name), path.join(dir, folder, name));
      await enqueue([path.join(dir, folder)], path.join(dir, 'out'), prefix, `batch-${folder}`);
    }

    const all = await status(null);
    expect(all.counts).toEqual({ waiting: 3, active: 0, completed: 0, failed: 0, delayed: 0 });
    expect(all.waitingForPages).toBe(3);
    expect(all.pages.waiting).toBe(3);

    const a = await status('batch-a');
    expect(a.counts.waiting).toBe(2);
    expect(a.pages.waiting).toBe(2);
    expect((await status('batch-b')).counts.waiting).toBe(1);
    expect((await status('no-such-batch')).counts.waiting).toBe(0);

    expect(formatStatus(a)).toContain('documents: 2 waiting (2 on their pages), 0 active, 0 completed, 0 failed, 0 delayed');
  });
});
