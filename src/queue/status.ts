// `hoso status`: how many documents (and pages) wait, run, are done or failed, and why they failed.
import { Queue, type Job, type JobType } from 'bullmq';
import type { Redis } from 'ioredis';
import { DOCUMENT_QUEUE, PAGE_QUEUE, parseFailure, type DocumentJobData } from './jobs.js';

export interface StateCounts {
  waiting: number;
  active: number;
  completed: number;
  failed: number;
  delayed: number;
}

export interface FailureEntry {
  id: string;
  path: string | null;
  code: string | null;
  message: string;
  attempts: number;
}

export interface StatusReport {
  batch: string | null;
  /** Documents, by state. */
  counts: StateCounts;
  /** Of the waiting documents, those still waiting for their pages. */
  waitingForPages: number;
  pages: StateCounts;
  /** Failed documents, newest first, at most `FAILURES_LISTED`. */
  failures: FailureEntry[];
}

const FAILURES_LISTED = 100;
/** Jobs fetched at a time when counting one batch. */
const SCAN_CHUNK = 500;

/** BullMQ's states folded into the five a person asks about. */
const STATES: Record<keyof StateCounts, JobType[]> = {
  waiting: ['wait', 'prioritized', 'waiting-children'],
  active: ['active'],
  completed: ['completed'],
  failed: ['failed'],
  delayed: ['delayed'],
};

async function countAll(queue: Queue): Promise<{ counts: StateCounts; waitingChildren: number }> {
  const raw = await queue.getJobCounts(...Object.values(STATES).flat());
  const sum = (types: JobType[]) => types.reduce((total, type) => total + (raw[type] ?? 0), 0);
  const counts = Object.fromEntries(Object.entries(STATES).map(([state, types]) => [state, sum(types)])) as unknown as StateCounts;
  return { counts, waitingChildren: raw['waiting-children'] ?? 0 };
}

async function* jobsIn(queue: Queue, types: JobType[]): AsyncGenerator<Job> {
  for (let start = 0; ; start += SCAN_CHUNK) {
    const chunk = (await queue.getJobs(types, start, start + SCAN_CHUNK - 1)) as Job[];
    yield* chunk.filter((job): job is Job => Boolean(job));
    if (chunk.length < SCAN_CHUNK) return;
  }
}

/** Counting one batch means reading its jobs: fine for thousands, the price of not keeping an index. */
async function countBatch(queue: Queue, batch: string): Promise<{ counts: StateCounts; waitingChildren: number }> {
  const counts: StateCounts = { waiting: 0, active: 0, completed: 0, failed: 0, delayed: 0 };
  let waitingChildren = 0;
  for (const [state, types] of Object.entries(STATES) as [keyof StateCounts, JobType[]][]) {
    for (const type of types) {
      for await (const job of jobsIn(queue, [type])) {
        if (job.data?.batch !== batch) continue;
        counts[state]++;
        if (type === 'waiting-children') waitingChildren++;
      }
    }
  }
  return { counts, waitingChildren };
}

async function failures(queue: Queue, batch: string | null): Promise<FailureEntry[]> {
  const listed: FailureEntry[] = [];
  for await (const job of jobsIn(queue, ['failed'])) {
    const data = job.data as DocumentJobData | undefined;
    if (batch !== null && data?.batch !== batch) continue;
    const { code, message } = parseFailure(job.failedReason);
    listed.push({ id: String(job.id), path: data?.source?.path ?? null, code, message, attempts: job.attemptsMade });
    if (listed.length >= FAILURES_LISTED) break;
  }
  return listed;
}

export async function readStatus(client: Redis, prefix: string, batch: string | null): Promise<StatusReport> {
  const documents = new Queue(DOCUMENT_QUEUE, { connection: client, prefix, skipMetasUpdate: true });
  const pages = new Queue(PAGE_QUEUE, { connection: client, prefix, skipMetasUpdate: true });
  try {
    const count = (queue: Queue) => (batch === null ? countAll(queue) : countBatch(queue, batch));
    const [docs, pageCounts, failed] = await Promise.all([count(documents), count(pages), failures(documents, batch)]);
    return { batch, counts: docs.counts, waitingForPages: docs.waitingChildren, pages: pageCounts.counts, failures: failed };
  } finally {
    await Promise.allSettled([documents.close(), pages.close()]);
  }
}

function line(counts: StateCounts, extra = ''): string {
  return `${counts.waiting} waiting${extra}, ${counts.active} active, ${counts.completed} completed, ${counts.failed} failed, ${counts.delayed} delayed`;
}

export function formatStatus(report: StatusReport): string {
  const lines = [
    ...(report.batch === null ? [] : [`batch ${report.batch}`]),
    `documents: ${line(report.counts, report.waitingForPages ? ` (${report.waitingForPages} on their pages)` : '')}`,
    `pages:     ${line(report.pages)}`,
  ];
  if (report.failures.length) {
    lines.push('failed documents:');
    for (const failure of report.failures) {
      lines.push(`  ${failure.id}  ${failure.code ?? '-'}  ${failure.path ?? ''}: ${failure.message}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
