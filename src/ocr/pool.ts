// A bounded pool of OCR workers: started lazily, each replaced after a number of pages (WASM
// memory only grows), and after any failure or timeout (its state can no longer be trusted).
import { HosoError, toHosoError } from '../errors.js';

export interface PoolWorker<I, O> {
  run(input: I): Promise<O>;
  terminate(): Promise<void>;
}

export interface PoolOptions {
  /** Workers at most. */
  size: number;
  /** Pages a worker runs before it is replaced. */
  recycleAfter: number;
  /** Milliseconds one page may take on its worker before it fails with E_OCR_TIMEOUT. */
  timeoutMs: number;
}

export interface PoolStats {
  /** Workers started so far. */
  started: number;
  /** Workers replaced after reaching `recycleAfter` pages. */
  recycled: number;
  /** Workers dropped after a failure or timeout. */
  discarded: number;
}

interface Job<I, O> {
  input: I;
  resolve: (value: O) => void;
  reject: (error: HosoError) => void;
}

interface Slot<I, O> {
  worker: PoolWorker<I, O>;
  pages: number;
  /** Fails the page in flight, if any (used on close). */
  cancel?: (error: HosoError) => void;
}

export class WorkerPool<I, O> {
  readonly stats: PoolStats = { started: 0, recycled: 0, discarded: 0 };
  private readonly queue: Job<I, O>[] = [];
  private readonly idle: Slot<I, O>[] = [];
  private readonly busy = new Set<Slot<I, O>>();
  private starting = 0;
  private closed = false;

  constructor(
    private readonly startWorker: () => Promise<PoolWorker<I, O>>,
    private readonly options: PoolOptions,
  ) {}

  run(input: I): Promise<O> {
    if (this.closed) return Promise.reject(new HosoError('E_OCR_FAILED', 'OCR engine is closed'));
    return new Promise<O>((resolve, reject) => {
      this.queue.push({ input, resolve, reject });
      this.pump();
    });
  }

  /** Reject what is queued and terminate every worker. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new HosoError('E_OCR_FAILED', 'OCR engine closed before this page ran'));
    const slots = [...this.idle.splice(0), ...this.busy];
    this.busy.clear();
    for (const slot of slots) slot.cancel?.(new HosoError('E_OCR_FAILED', 'OCR engine closed while this page ran'));
    await Promise.all(slots.map((slot) => slot.worker.terminate().catch(() => undefined)));
  }

  private get live(): number {
    return this.idle.length + this.busy.size + this.starting;
  }

  private pump(): void {
    if (this.closed) return;
    while (this.queue.length && this.idle.length) this.execute(this.idle.pop()!, this.queue.shift()!);
    // Start workers for the pages still waiting, up to the pool size.
    while (this.queue.length > this.starting && this.live < this.options.size) this.spawn();
  }

  private spawn(): void {
    this.starting++;
    this.stats.started++;
    this.startWorker().then(
      (worker) => {
        this.starting--;
        if (this.closed) {
          void worker.terminate().catch(() => undefined);
          return;
        }
        this.idle.push({ worker, pages: 0 });
        this.pump();
      },
      (error: unknown) => {
        this.starting--;
        // No worker means no page can run: fail the oldest page rather than hang the batch.
        this.queue.shift()?.reject(
          new HosoError('E_OCR_FAILED', `could not start an OCR worker: ${(error as Error)?.message ?? error}`, {
            cause: error,
          }),
        );
        this.pump();
      },
    );
  }

  private execute(slot: Slot<I, O>, job: Job<I, O>): void {
    this.busy.add(slot);
    let settled = false;
    slot.cancel = (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      job.reject(error);
    };
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      const seconds = Math.round(this.options.timeoutMs / 100) / 10;
      job.reject(
        new HosoError(
          'E_OCR_TIMEOUT',
          `OCR of this page took longer than ${seconds} s: raise HOSO_OCR_TIMEOUT or check the page image`,
        ),
      );
      this.discard(slot);
    }, this.options.timeoutMs);
    slot.worker.run(job.input).then(
      (result) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        job.resolve(result);
        slot.pages++;
        this.busy.delete(slot);
        if (this.closed) return;
        if (slot.pages >= this.options.recycleAfter) {
          this.stats.recycled++;
          void slot.worker.terminate().catch(() => undefined);
        } else {
          this.idle.push(slot);
        }
        this.pump();
      },
      (error: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        job.reject(toHosoError(error, 'E_OCR_FAILED'));
        this.discard(slot);
      },
    );
  }

  private discard(slot: Slot<I, O>): void {
    this.busy.delete(slot);
    this.stats.discarded++;
    void slot.worker.terminate().catch(() => undefined);
    this.pump();
  }
}
