import { describe, expect, it } from 'vitest';
import { HosoError } from '../../src/errors.js';
import { WorkerPool, type PoolWorker } from '../../src/ocr/pool.js';

/** A fake worker: doubles its input after `delayMs`; input < 0 fails, input 999 never answers. */
function fakeFactory(delayMs = 5) {
  const log = { started: 0, terminated: 0, running: 0, maxRunning: 0, ids: [] as number[] };
  const start = async (): Promise<PoolWorker<number, string>> => {
    const id = ++log.started;
    return {
      run: (n) =>
        new Promise((resolve, reject) => {
          log.running++;
          log.maxRunning = Math.max(log.maxRunning, log.running);
          log.ids.push(id);
          if (n === 999) return;
          setTimeout(() => {
            log.running--;
            if (n < 0) reject(new Error('RuntimeError: Aborted(OOM)'));
            else resolve(`${id}:${n * 2}`);
          }, delayMs);
        }),
      terminate: async () => {
        log.terminated++;
      },
    };
  };
  return { start, log };
}

const OPTIONS = { size: 2, recycleAfter: 100, timeoutMs: 5_000 };

describe('WorkerPool', () => {
  it('starts no worker until the first page arrives', async () => {
    const { start, log } = fakeFactory();
    const pool = new WorkerPool(start, OPTIONS);
    expect(log.started).toBe(0);
    await pool.run(1);
    expect(log.started).toBe(1);
    await pool.close();
  });

  it('never runs more pages at once than it has workers', async () => {
    const { start, log } = fakeFactory(10);
    const pool = new WorkerPool(start, OPTIONS);
    const results = await Promise.all(Array.from({ length: 9 }, (_, i) => pool.run(i)));
    expect(results.map((r) => r.split(':')[1])).toEqual(['0', '2', '4', '6', '8', '10', '12', '14', '16']);
    expect(log.started).toBe(2);
    expect(log.maxRunning).toBe(2);
    await pool.close();
  });

  it('replaces a worker after recycleAfter pages', async () => {
    const { start, log } = fakeFactory();
    const pool = new WorkerPool(start, { ...OPTIONS, size: 1, recycleAfter: 3 });
    for (let i = 0; i < 7; i++) await pool.run(i);
    expect(log.ids).toEqual([1, 1, 1, 2, 2, 2, 3]);
    expect(pool.stats).toEqual({ started: 3, recycled: 2, discarded: 0 });
    expect(log.terminated).toBe(2);
    await pool.close();
  });

  it('fails only the page whose worker failed, with E_OCR_FAILED, and carries on', async () => {
    const { start, log } = fakeFactory();
    const pool = new WorkerPool(start, { ...OPTIONS, size: 1 });
    const outcomes = await Promise.allSettled([pool.run(1), pool.run(-1), pool.run(3)]);
    expect(outcomes[0]).toMatchObject({ status: 'fulfilled', value: '1:2' });
    expect(outcomes[1].status).toBe('rejected');
    const error = (outcomes[1] as PromiseRejectedResult).reason;
    expect(error).toBeInstanceOf(HosoError);
    expect(error.code).toBe('E_OCR_FAILED');
    expect(error.message).toContain('Aborted');
    // The failed worker is not trusted again: the next page runs on a fresh one.
    expect(outcomes[2]).toMatchObject({ status: 'fulfilled', value: '2:6' });
    expect(pool.stats.discarded).toBe(1);
    expect(log.terminated).toBe(1);
    await pool.close();
  });

  it('times a page out with E_OCR_TIMEOUT, terminates its worker and runs the next page on a new one', async () => {
    const { start, log } = fakeFactory();
    const pool = new WorkerPool(start, { ...OPTIONS, size: 1, timeoutMs: 50 });
    const stuck = pool.run(999);
    const next = pool.run(4);
    await expect(stuck).rejects.toMatchObject({ code: 'E_OCR_TIMEOUT' });
    await expect(next).resolves.toBe('2:8');
    expect(log.terminated).toBe(1);
    await pool.close();
  });

  it('fails the waiting pages when it cannot start a worker', async () => {
    const pool = new WorkerPool<number, string>(async () => {
      throw new Error('no wasm');
    }, OPTIONS);
    await expect(pool.run(1)).rejects.toMatchObject({ code: 'E_OCR_FAILED', message: expect.stringContaining('no wasm') });
    await pool.close();
  });

  it('fails the running and queued pages and terminates its workers on close', async () => {
    const { start, log } = fakeFactory();
    const pool = new WorkerPool(start, { ...OPTIONS, size: 1 });
    const running = pool.run(999);
    const queued = pool.run(2);
    await new Promise((r) => setTimeout(r, 5));
    await pool.close();
    await expect(running).rejects.toMatchObject({ code: 'E_OCR_FAILED' });
    await expect(queued).rejects.toMatchObject({ code: 'E_OCR_FAILED' });
    expect(log.terminated).toBe(1);
    await expect(pool.run(3)).rejects.toMatchObject({ code: 'E_OCR_FAILED' });
  });
});
