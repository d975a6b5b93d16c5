import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HosoUsageError, loadConfig } from '../../src/config.js';
import { hashFile } from '../../src/output/hash.js';
import { readManifest } from '../../src/output/manifest.js';
import { documentId } from '../../src/pipeline.js';
import { enqueueDocuments } from '../../src/queue/producer.js';
import { SEEDS, enqueue, freshPrefix, openQueues, removePrefix, silent, tempDir } from './support.js';

const SEED_FILES = ['000_2179a7ae91b9f635.txt', '002_ac090b3505789b99.txt'];

let prefix = '';
afterEach(async () => {
  if (prefix) await removePrefix(prefix);
});

async function seedFolder(): Promise<string> {
  const dir = await tempDir();
  const input = path.join(dir, 'in');
  await mkdir(input);
  for (const name of SEED_FILES) {
    await copyFile(path.join(SEEDS, name), path.join(input, name));
  }
  return dir;
}

describe('hoso enqueue', () => {
  it('adds one flow per document, and nothing when the same files are enqueued again', async () => {
    prefix = freshPrefix();
    const dir = await seedFolder();
    const out = path.join(dir, 'out');
    expect(await enqueue([path.join(dir, 'in')], out, prefix)).toEqual({ added: 2, queued: 0, done: 0, failed: 0 });
    expect(await enqueue([path.join(dir, 'in')], out, prefix)).toEqual({ added: 0, queued: 2, done: 0, failed: 0 });

    const queues = openQueues(prefix);
    try {
      const documents = await queues.documents.getJobs(['waiting-children', 'wait']);
      const ids = await Promise.all(SEED_FILES.map(async (name) => documentId(await hashFile(path.join(SEEDS, name)))));
      expect(documents.map((job) => job.id).sort()).toEqual(ids.sort());
      const pages = await queues.pages.getJobs(['wait']);
      expect(pages).toHaveLength(2);
      // Jobs carry paths and numbers, never the file's bytes.
      for (const job of [...documents, ...pages]) expect(JSON.stringify(job.data).length).toBeLessThan(1_000);
      expect(pages[0].data.file).toMatch(/^\//);
    } finally {
      await queues.close();
    }
  });

  it('records an unreadable input once in the manifest and queues no job for it', async () => {
    prefix = freshPrefix();
    const dir = await tempDir();
    const out = path.join(dir, 'out');
    const garbage = path.join(dir, 'broken.pdf');
    await writeFile(garbage, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 0xa7)]));
    const summary = await enqueue([garbage, path.join(dir, 'missing.png')], out, prefix);
    expect(summary).toEqual({ added: 0, queued: 0, done: 0, failed: 2 });

    const records = await readManifest(out);
    expect(records.map((r) => [r.source.path, r.status, r.error?.code])).toEqual([
      [garbage, 'failed', 'E_INPUT_CORRUPT'],
      [path.join(dir, 'missing.png'), 'failed', 'E_INPUT_NOT_FOUND'],
    ]);
    const queues = openQueues(prefix);
    try {
      expect(await queues.documents.getJobCountByTypes('wait', 'waiting-children', 'active', 'failed')).toBe(0);
    } finally {
      await queues.close();
    }
  });

  it('skips a document whose JSON is already in the output folder', async () => {
    prefix = freshPrefix();
    const dir = await seedFolder();
    const out = path.join(dir, 'out');
    await mkdir(out);
    const done = documentId(await hashFile(path.join(SEEDS, SEED_FILES[0])));
    await writeFile(path.join(out, `${done}.json`), '{}');
    expect(await enqueue([path.join(dir, 'in')], out, prefix)).toEqual({ added: 1, queued: 0, done: 1, failed: 0 });
    expect((await readManifest(out)).map((r) => r.status)).toEqual(['skipped']);
    expect(await readFile(path.join(out, `${done}.json`), 'utf8')).toBe('{}');
  });

  it('fails fast with a usage error when Redis is unreachable', async () => {
    const dir = await seedFolder();
    const started = Date.now();
    const attempt = enqueueDocuments([path.join(dir, 'in')], {
      redisUrl: 'redis://127.0.0.1:1',
      out: path.join(dir, 'out'),
      batch: null,
      prefix: freshPrefix(),
      config: loadConfig({}, {}),
      log: silent,
    });
    await expect(attempt).rejects.toThrow(HosoUsageError);
    await expect(attempt).rejects.toThrow(/cannot reach Redis at redis:\/\/127\.0\.0\.1:1/);
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});
