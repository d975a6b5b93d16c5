import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch.js';
import { loadConfig } from '../../src/config.js';
import { readManifest } from '../../src/output/manifest.js';
import { startWorker, type RunningWorker } from '../../src/queue/worker.js';
import { renderPage } from '../fixtures/ocr/render-page.js';
import { REDIS_URL, enqueue, freshPrefix, openQueues, removePrefix, silent, tempDir, waitFor } from './support.js';

let prefix = '';
let worker: RunningWorker | null = null;
afterEach(async () => {
  await worker?.stop(5_000);
  worker = null;
  if (prefix) await removePrefix(prefix);
});

describe('a scanned page through the queue', () => {
  it('is OCRed in a sandboxed process into the same JSON `hoso run` writes', async () => {
    prefix = freshPrefix();
    const dir = await tempDir();
    await mkdir(path.join(dir, 'in'));
    const { image } = await renderPage({ dpi: 150 });
    expect(image.encoding).toBe('png');
    await writeFile(path.join(dir, 'in', 'page.png'), image.data);
    const out = path.join(dir, 'queued');
    await enqueue([path.join(dir, 'in')], out, prefix);

    const queues = openQueues(prefix);
    try {
      worker = startWorker({ redisUrl: REDIS_URL, prefix, concurrency: 1, log: silent });
      await waitFor('the document', async () => (await queues.documents.getCompletedCount()) === 1, 120_000);
    } finally {
      await queues.close();
    }
    const [record] = await readManifest(out);
    const queued = await readFile(path.join(out, record.output!), 'utf8');
    expect(JSON.parse(queued).pages[0].source).toBe('ocr');

    const ranOut = path.join(dir, 'ran');
    await runBatch({ inputs: [path.join(dir, 'in')], outDir: ranOut, config: loadConfig({ concurrency: 1 }, {}) });
    expect(queued).toBe(await readFile(path.join(ranOut, record.output!), 'utf8'));
  });
});
