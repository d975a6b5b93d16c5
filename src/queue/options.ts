// Retry and retention settings for hoso's jobs: what keeps Redis small and failures retried.
import type { JobsOptions } from 'bullmq';

/** Attempts per job: a page or document is tried this often before it is recorded as failed. */
export const ATTEMPTS = 3;

/** Exponential backoff with jitter (5 s, 10 s, … each shortened by up to half at random). */
const BACKOFF = { type: 'exponential', delay: 5_000, jitter: 0.5 } as const;

/** Events kept in each queue's stream (BullMQ's default of 10 000 costs about 1 MB per queue). */
export const EVENTS_MAX_LEN = 1_000;

const HOUR = 3_600;

/**
 * Pages are removed soon after they complete: their results are files, and the document
 * job reads those. Failed pages stay a week so `hoso status` can show why.
 */
export const PAGE_JOB_OPTIONS: JobsOptions = {
  attempts: ATTEMPTS,
  backoff: BACKOFF,
  removeOnComplete: { age: HOUR, count: 1_000 },
  removeOnFail: { age: 7 * 24 * HOUR, count: 10_000 },
  // A page that fails for good does not strand its document: the document job runs and
  // records the failure once (see workers/document.ts).
  ignoreDependencyOnFailure: true,
};

export const DOCUMENT_JOB_OPTIONS: JobsOptions = {
  attempts: ATTEMPTS,
  backoff: BACKOFF,
  removeOnComplete: { age: 24 * HOUR, count: 10_000 },
  removeOnFail: { age: 7 * 24 * HOUR, count: 10_000 },
};

export function queueOptions(): { streams: { events: { maxLen: number } } } {
  return { streams: { events: { maxLen: EVENTS_MAX_LEN } } };
}
