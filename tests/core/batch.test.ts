// runBatch's use of the restorer: loaded once, while the first pages are read; a model that
// cannot load stops the batch instead of failing each input in turn.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch.js';
import { defaultConfig } from '../../src/config.js';
import { loadRestorer } from '../../src/normalize/index.js';
import type { OcrEngine } from '../../src/ocr/types.js';

/** Text inputs need no OCR: an engine that fails if asked. */
const noOcr: OcrEngine = {
  recognize: async () => {
    throw new Error('no page here needs OCR');
  },
  close: async () => {},
};

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(os.tmpdir(), 'hoso-batch-'));
  writeFileSync(path.join(work, 'a.txt'), 'Lien minh Hop tac xa tinh Son La\n');
  writeFileSync(path.join(work, 'b.txt'), 'Ke hoach to chuc phong trao thi dua nam 2025\n');
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

describe('runBatch and the restorer', () => {
  it('loads the model once, after the first pages are read', async () => {
    const model = await loadRestorer();
    const order: string[] = [];
    const summary = await runBatch({
      inputs: [path.join(work, 'a.txt'), path.join(work, 'b.txt')],
      outDir: path.join(work, 'out'),
      config: defaultConfig(),
      ocr: noOcr,
      restorer: async () => {
        order.push('load');
        return model;
      },
      onEvent: (event) => {
        if (event.type === 'page') order.push('page');
      },
    });
    expect(summary.ok).toBe(2);
    expect(order[0]).toBe('page');
    expect(order.filter((step) => step === 'load')).toHaveLength(1);
  });

  it('stops the batch when the model cannot load, failing no input for it', async () => {
    const outDir = path.join(work, 'out');
    const config = defaultConfig();
    config.concurrency = 1;
    await expect(
      runBatch({
        inputs: [path.join(work, 'a.txt'), path.join(work, 'b.txt')],
        outDir,
        config,
        ocr: noOcr,
        restorer: async () => {
          throw new Error('dictionaries/lm.bin.br is unreadable');
        },
      }),
    ).rejects.toThrow('lm.bin.br is unreadable');
    const manifest = path.join(outDir, 'manifest.jsonl');
    expect(existsSync(manifest) ? readFileSync(manifest, 'utf8') : '').toBe('');
  });
});
