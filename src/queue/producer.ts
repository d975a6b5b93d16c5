// `hoso enqueue`: one BullMQ flow per document — a child job per page (OCR) under a parent job
// that assembles the document — with ids from the content hash, so adding twice adds nothing.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { FlowProducer, Queue, type FlowJob } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Logger } from 'pino';
import { HosoUsageError, type Config } from '../config.js';
import { openDocument } from '../ingest/index.js';
import type { SourceInfo } from '../ingest/types.js';
import { expandInputs } from '../inputs.js';
import { documentExists } from '../output/documents.js';
import { hashFile } from '../output/hash.js';
import { appendManifest } from '../output/manifest.js';
import { failedRecord, skippedRecord } from '../output/records.js';
import { connectBounded, evictionPolicy, evictionWarning, redactUrl } from './connection.js';
import {
  DOCUMENT_QUEUE,
  PAGE_QUEUE,
  documentJobId,
  pageJobId,
  type DocumentJobData,
  type PageJobData,
} from './jobs.js';
import { DOCUMENT_JOB_OPTIONS, PAGE_JOB_OPTIONS, queueOptions } from './options.js';

export interface EnqueueOptions {
  redisUrl: string;
  /** Output folder (DIR); made absolute, since workers on other machines read the jobs. */
  out: string;
  batch: string | null;
  /** Queue key prefix. @defaultValue 'hoso' */
  prefix: string;
  config: Config;
  log: Logger;
}

export interface EnqueueSummary {
  /** Documents given a new flow. */
  added: number;
  /** Documents whose flow was already in Redis. */
  queued: number;
  /** Documents whose JSON is already in DIR (recorded as skipped, as `hoso run` does). */
  done: number;
  /** Inputs that cannot be read (one failed manifest record each, no job). */
  failed: number;
}

/** Open the file once to learn its kind and page count; input problems surface here as HosoError. */
async function inspect(file: string, config: Config): Promise<{ source: SourceInfo; pages: number }> {
  const opened = await openDocument(file, config);
  try {
    return { source: opened.source, pages: opened.pageCount };
  } finally {
    await opened.close();
  }
}

function flowFor(source: SourceInfo, pages: number, out: string, batch: string | null): FlowJob {
  const file = path.resolve(source.path);
  const data: DocumentJobData = { source, file, out, pages, batch };
  return {
    name: 'document',
    queueName: DOCUMENT_QUEUE,
    data,
    opts: { ...DOCUMENT_JOB_OPTIONS, jobId: documentJobId(source.sha256) },
    children: Array.from({ length: pages }, (_, i) => {
      const page: PageJobData = { file, sha256: source.sha256, out, page: i + 1, batch };
      return { name: 'page', queueName: PAGE_QUEUE, data: page, opts: { ...PAGE_JOB_OPTIONS, jobId: pageJobId(source.sha256, i + 1) } };
    }),
  };
}

/** Errors from Redis mid-run: exit 2 with how to resume, since nothing is added twice. */
function lostRedis(url: string, error: unknown, summary: EnqueueSummary): HosoUsageError {
  const reason = error instanceof Error ? error.message : String(error);
  return new HosoUsageError(
    `lost Redis at ${redactUrl(url)} (${reason}) after adding ${summary.added} document(s): run the same enqueue again once Redis is back; what is queued is not added twice`,
  );
}

type Outcome = keyof EnqueueSummary;

interface Context {
  options: EnqueueOptions;
  out: string;
  documents: Queue;
  flows: FlowProducer;
  summary: EnqueueSummary;
}

/** Wrap a Redis call: losing Redis mid-run is exit 2 with how to resume. */
async function redis<T>(context: Context, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw lostRedis(context.options.redisUrl, error, context.summary);
  }
}

async function enqueueFile(file: string, context: Context): Promise<Outcome> {
  const { options, out } = context;
  const started = Date.now();
  let sha256: string | null = null;
  let inspected: { source: SourceInfo; pages: number };
  try {
    sha256 = await hashFile(file);
    const id = documentJobId(sha256);
    if ((await redis(context, () => context.documents.getJob(id))) !== undefined) return 'queued';
    if (await documentExists(out, id)) {
      await appendManifest(out, skippedRecord(file, id, Date.now() - started));
      return 'done';
    }
    inspected = await inspect(file, options.config);
  } catch (error) {
    if (error instanceof HosoUsageError) throw error;
    const record = failedRecord(file, sha256 && documentJobId(sha256), error, Date.now() - started);
    await appendManifest(out, record);
    options.log.warn({ file, code: record.error?.code }, record.error?.message ?? 'input failed');
    return 'failed';
  }
  const flow = flowFor(inspected.source, inspected.pages, out, options.batch);
  await redis(context, () =>
    context.flows.add(flow, { queuesOptions: { [DOCUMENT_QUEUE]: queueOptions(), [PAGE_QUEUE]: queueOptions() } }),
  );
  options.log.debug({ file, id: flow.opts?.jobId, pages: inspected.pages }, 'enqueued');
  return 'added';
}

export async function enqueueDocuments(inputs: string[], options: EnqueueOptions): Promise<EnqueueSummary> {
  const out = path.resolve(options.out);
  try {
    await mkdir(out, { recursive: true });
  } catch (error) {
    throw new HosoUsageError(`cannot create the output folder ${out}: ${(error as Error).message}`);
  }
  const files = await expandInputs(inputs);
  const client: Redis = await connectBounded(options.redisUrl);
  const warning = evictionWarning(await evictionPolicy(client));
  if (warning) options.log.warn(warning);

  // Queues are opened so their settings (events stream length) are stored in Redis.
  const documents = new Queue(DOCUMENT_QUEUE, { connection: client, prefix: options.prefix, ...queueOptions() });
  const pages = new Queue(PAGE_QUEUE, { connection: client, prefix: options.prefix, ...queueOptions() });
  const flows = new FlowProducer({ connection: client, prefix: options.prefix });
  const context: Context = { options, out, documents, flows, summary: { added: 0, queued: 0, done: 0, failed: 0 } };
  try {
    for (const file of files) context.summary[await enqueueFile(file, context)]++;
  } finally {
    await Promise.allSettled([flows.close(), documents.close(), pages.close()]);
    client.disconnect();
  }
  return context.summary;
}
