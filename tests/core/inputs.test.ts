import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandInputs } from '../../src/inputs.js';
import { mapLimit } from '../../src/util/map-limit.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'hoso-inputs-'));
  await mkdir(path.join(dir, 'b', 'c'), { recursive: true });
  await mkdir(path.join(dir, '.hidden'));
  for (const name of ['a.pdf', 'a.truth.txt', 'a.truth.json', 'README.md', 'manifest.jsonl', '.DS_Store', 'b/z.png', 'b/c/y', '.hidden/x.pdf']) {
    await writeFile(path.join(dir, name), 'x');
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('expandInputs', () => {
  it('walks folders recursively in a stable order, leaving out hidden and side files', async () => {
    const files = await expandInputs([dir]);
    expect(files.map((f) => path.relative(dir, f))).toEqual(['a.pdf', path.join('b', 'c', 'y'), path.join('b', 'z.png')]);
  });

  it('keeps explicit files whatever their name, missing paths included, without duplicates', async () => {
    const readme = path.join(dir, 'README.md');
    const missing = path.join(dir, 'nope.pdf');
    expect(await expandInputs([readme, missing, readme])).toEqual([readme, missing]);
  });
});

describe('mapLimit', () => {
  it('never runs more than the limit at once and keeps input order', async () => {
    let inFlight = 0;
    let peak = 0;
    const results = await mapLimit([5, 1, 4, 2, 3], 2, async (n) => {
      inFlight += 1;
      peak = Math.max(peak, inFlight);
      await new Promise((resolve) => setTimeout(resolve, n * 3));
      inFlight -= 1;
      return n * 10;
    });
    expect(peak).toBe(2);
    expect(results).toEqual([50, 10, 40, 20, 30]);
  });

  it('starts nothing new once aborted', async () => {
    const controller = new AbortController();
    const started: number[] = [];
    await mapLimit(
      [1, 2, 3, 4],
      1,
      async (n) => {
        started.push(n);
        if (n === 2) controller.abort();
      },
      controller.signal,
    );
    expect(started).toEqual([1, 2]);
  });
});
