// `hoso worker`: consumes page and document jobs with sandboxed processors (one process per
// job slot), reconnects to Redis for as long as it takes, and stops on request within a deadline.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Queue, Worker, type Job, type WorkerOptions } from 'bullmq';
import { Redis } from 'ioredis';
import type { Logger } from 'pino';
import type { ConfigFlags } from '../config.js';
import { HosoError } from '../errors.js';
import { failedRecord } from '../output/records.js';
import { documentId } from '../pipeline.js';
import { evictionPolicy, evictionWarning, patientRedisOptions } from './connection.js';
import { DOCUMENT_QUEUE, PAGE_QUEUE, WORKER_FLAGS_ENV, parseFailure, type DocumentJobData } from './jobs.js';
import { queueOptions } from './options.js';
import { recordFailureOnce } from './recording.js';

export interface WorkerSettings {
  redisUrl: string;
  /** Queue key prefix. @defaultValue 'hoso' */
  prefix: string;
  /** Page jobs at once, each in its own process. @defaultValue one per core */
  concurrency: number;
  /** Document jobs at once. @defaultValue a quarter of `concurrency`, at least 1 */
  documentConcurrency?: number;
  /** How long a job's lock lasts without renewal; a dead worker's jobs return after it. @defaultValue 30000 */
  lockDurationMs?: number;
  /** How often this worker looks for stalled jobs. @defaultValue 30000 */
  stalledIntervalMs?: number;
  /** Times a job may stall (its worker died) and still be retried. @defaultValue 2 */
  maxStalledCount?: number;
  /** Config flags handed to the processors (lexicon, engine). @defaultValue {} */
  configFlags?: ConfigFlags;
  log: Logger;
}

export interface StopOutcome {
  /** Jobs that were still running at the deadline and were moved back to waiting. */
  released: number;
  /** False when the workers did not close cleanly in time (e.g. Redis unreachable). */
  closed: boolean;
}

export interface RunningWorker {
  /**
   * Stop taking jobs and let active ones finish; jobs still running after `graceMs` are moved
   * back to waiting for another worker. An idle worker waits at most a few seconds.
   */
  stop(graceMs: number): Promise<StopOutcome>;
}

/** How long an idle worker waits for its connections to close before giving up on them. */
const IDLE_GRACE_MS = 3_000;

const require = createRequire(import.meta.url);

/**
 * The processor file next to this module once built (dist/workers/<name>.js); when running from
 * source (tsx, tests) the TypeScript file, loaded in the child through tsx.
 */
function processorFile(name: 'page' | 'document'): { file: string; execArgv?: string[] } {
  const compiled = fileURLToPath(new URL(`../../workers/${name}.js`, import.meta.url));
  if (existsSync(compiled)) return { file: compiled };
  const source = fileURLToPath(new URL(`../../workers/${name}.ts`, import.meta.url));
  if (existsSync(source)) return { file: source, execArgv: ['--import', pathToFileURL(require.resolve('tsx')).href] };
  throw new Error(`the ${name} processor is missing (looked for ${compiled}): run npm run build`);
}

/**
 * A document job whose workers died too often while assembling it is failed by BullMQ itself,
 * without running the processor: record that failure here, once, like any other.
 */
async function recordAbandoned(job: Job<DocumentJobData>): Promise<void> {
  const { source, out } = job.data;
  const failure = new HosoError(
    'E_OUTPUT_WRITE',
    `the workers assembling this document stopped ${job.stalledCounter} times (killed, or out of memory): check the workers' memory, then enqueue it again`,
  );
  await recordFailureOnce(out, source.sha256, job.timestamp, failedRecord(source.path, documentId(source.sha256), failure, 0));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

export function startWorker(settings: WorkerSettings): RunningWorker {
  const { log, prefix } = settings;
  const connection = patientRedisOptions(settings.redisUrl, log);
  const name = `${os.hostname()}:${process.pid}`;
  const env = { ...process.env, [WORKER_FLAGS_ENV]: JSON.stringify(settings.configFlags ?? {}) };

  const common = (concurrency: number, execArgv?: string[]): WorkerOptions => ({
    connection,
    prefix,
    name,
    concurrency,
    lockDuration: settings.lockDurationMs ?? 30_000,
    stalledInterval: settings.stalledIntervalMs ?? 30_000,
    maxStalledCount: settings.maxStalledCount ?? 2,
    workerForkOptions: { env, ...(execArgv ? { execArgv } : {}) },
  });
  const page = processorFile('page');
  const document = processorFile('document');
  const documentConcurrency = settings.documentConcurrency ?? Math.max(1, Math.floor(settings.concurrency / 4));

  // Opening the queues stores their settings (events stream length) in Redis.
  const queues = [DOCUMENT_QUEUE, PAGE_QUEUE].map((queue) => new Queue(queue, { connection, prefix, ...queueOptions() }));
  const workers = [
    new Worker(PAGE_QUEUE, page.file, common(settings.concurrency, page.execArgv)),
    new Worker(DOCUMENT_QUEUE, document.file, common(documentConcurrency, document.execArgv)),
  ];
  for (const queue of queues) queue.on('error', (error) => log.debug({ err: error.message }, 'queue connection error'));

  const held = new Map<string, Job>();
  for (const worker of workers) {
    worker.on('active', (job) => held.set(`${worker.name}:${job.id}`, job));
    worker.on('completed', (job) => {
      held.delete(`${worker.name}:${job.id}`);
      if (worker.name === DOCUMENT_QUEUE) log.info({ id: job.id, path: job.data.source?.path }, 'document done');
    });
    worker.on('failed', (job, error) => {
      if (!job) return;
      held.delete(`${worker.name}:${job.id}`);
      const { code, message } = parseFailure(error.message);
      const retrying = error.name !== 'UnrecoverableError' && job.attemptsMade < (job.opts.attempts ?? 1);
      log.warn({ queue: worker.name, id: job.id, code, attempt: job.attemptsMade, retrying }, message);
      // BullMQ's own verdict on a job that stalled too often (deferredFailure): no processor ran.
      if (worker.name === DOCUMENT_QUEUE && job.deferredFailure) {
        recordAbandoned(job).catch((error: Error) => log.error({ id: job.id, err: error.message }, 'cannot record the failure'));
      }
    });
    worker.on('stalled', (jobId) => log.warn({ queue: worker.name, id: jobId }, 'job stalled (its worker stopped): back to waiting'));
    worker.on('error', (error) => log.debug({ queue: worker.name, err: error.message }, 'worker error'));
  }

  const probe = new Redis({ ...connection, lazyConnect: false });
  probe.on('error', () => {});
  void evictionPolicy(probe).then((policy) => {
    const warning = evictionWarning(policy);
    if (warning) log.warn(warning);
  });
  log.info({ concurrency: settings.concurrency, documentConcurrency, prefix }, 'worker started');

  return {
    async stop(graceMs) {
      const closing = Promise.all(workers.map((worker) => worker.close()));
      const deadline = held.size ? graceMs : Math.min(graceMs, IDLE_GRACE_MS);
      const closed = await Promise.race([closing.then(() => true), delay(deadline).then(() => false)]);
      const unfinished = [...held.values()];
      if (!closed && unfinished.length) {
        // Hand what is still running back to the queue now rather than after its lock expires.
        await Promise.race([Promise.allSettled(unfinished.map((job) => job.moveToWait(job.token))), delay(2_000)]);
      }
      await Promise.race([Promise.allSettled(queues.map((queue) => queue.close())), delay(1_000)]);
      probe.disconnect();
      return { released: closed ? 0 : unfinished.length, closed };
    },
  };
}
