// Sandboxed document processor: once every page job is done, assemble the page files into
// DIR/<id>.json with the same stage code as `hoso run`, and record the outcome exactly once.
import type { SandboxedJob } from 'bullmq';
import { UnrecoverableError } from 'bullmq';
import { HosoError, isErrorCode, toHosoError } from '../src/errors.js';
import { loadRestorer } from '../src/normalize/index.js';
import type { Restorer } from '../src/normalize/types.js';
import { documentFileName } from '../src/output/documents.js';
import { failedRecord, okRecord } from '../src/output/records.js';
import { assembleDocument, documentId } from '../src/pipeline.js';
import { formatFailure, parseFailure, type DocumentJobData, type DocumentJobResult, type PageJobResult } from '../src/queue/jobs.js';
import {
  alreadyRecorded,
  readPageFiles,
  recordDocument,
  recordFailureOnce,
  removePageFiles,
} from '../src/queue/recording.js';
import { jobError, processorConfig } from './runtime.js';

let restorer: Promise<Restorer> | undefined;

/** A page that failed for good, as the HosoError it carried; the lowest page number first. */
function pageFailure(failures: Record<string, string>): HosoError | null {
  const byPage = Object.entries(failures)
    .map(([key, reason]) => ({ page: Number(/-(\d+)$/.exec(key)?.[1] ?? 0), reason }))
    .sort((a, b) => a.page - b.page);
  const first = byPage[0];
  if (!first) return null;
  const { code, message } = parseFailure(first.reason);
  return new HosoError(isErrorCode(code) ? code : 'E_OCR_FAILED', `page ${first.page}: ${message}`);
}

function pagesMs(values: Record<string, PageJobResult | null>): number {
  return Object.values(values).reduce((sum, value) => sum + (value?.ms ?? 0), 0);
}

async function assembleAndRecord(job: SandboxedJob<DocumentJobData, DocumentJobResult>, started: number): Promise<DocumentJobResult> {
  const { source, out, pages } = job.data;
  const id = documentId(source.sha256);
  const texts = await readPageFiles(out, source.sha256, pages);
  if (texts === null) {
    if (await alreadyRecorded(out, id)) return { id, output: documentFileName(id) };
    throw new Error(
      `a page file of ${source.path} is missing under ${out}/.pages: every worker must see the same output folder (a shared disk)`,
    );
  }
  const doc = assembleDocument(source, texts, await (restorer ??= loadRestorer({ lexiconFiles: processorConfig().lexiconFiles })));
  const ms = pagesMs(await job.getChildrenValues<PageJobResult | null>()) + (Date.now() - started);
  await recordDocument(out, doc, okRecord(source.path, id, pages, ms));
  await removePageFiles(out, source.sha256);
  return { id, output: documentFileName(id) };
}

export default async function processDocument(job: SandboxedJob<DocumentJobData, DocumentJobResult>): Promise<DocumentJobResult> {
  const started = Date.now();
  const { source, out } = job.data;
  let failure: HosoError;
  let final: boolean;
  const failedPage = pageFailure(await job.getIgnoredChildrenFailures());
  if (failedPage) {
    // The page already used up its retries: the document fails now, once.
    failure = failedPage;
    final = true;
  } else {
    try {
      return await assembleAndRecord(job, started);
    } catch (error) {
      failure = toHosoError(error, 'E_OUTPUT_WRITE');
      final = failure.isInputError || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    }
  }
  if (!final) throw jobError(failure, 'E_OUTPUT_WRITE');
  const record = failedRecord(source.path, documentId(source.sha256), failure, Date.now() - started);
  await recordFailureOnce(out, source.sha256, job.timestamp, record);
  throw new UnrecoverableError(formatFailure(failure.code, failure.message));
}
