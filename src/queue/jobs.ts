// The queue contract shared by the producer, the worker and the sandboxed processors: queue
// names, job ids, what a job carries (paths and numbers, never bytes) and where page results go.
import path from 'node:path';
import type { SourceInfo } from '../ingest/types.js';
import { documentId } from '../pipeline.js';

export { DEFAULT_QUEUE_PREFIX } from './prefix.js';

/** Environment variable through which `hoso worker` hands its config flags to its processors. */
export const WORKER_FLAGS_ENV = 'HOSO_WORKER_FLAGS';

export const DOCUMENT_QUEUE = 'documents';
export const PAGE_QUEUE = 'pages';

/** A document job: assemble the pages of one source into DIR/<id>.json and its manifest line. */
export interface DocumentJobData {
  /** SourceInfo as `openDocument` gave it at enqueue time; `path` is the path as the user typed it. */
  source: SourceInfo;
  /** Absolute path of the input, on the disk every worker shares. */
  file: string;
  /** Absolute output folder (DIR), on the disk every worker shares. */
  out: string;
  pages: number;
  batch: string | null;
}

/** A page job: read (OCR if needed) page `page` of `file` into a page file under DIR. */
export interface PageJobData {
  file: string;
  sha256: string;
  out: string;
  page: number;
  batch: string | null;
}

/** What a page job returns: kept tiny, because Redis holds it until the document completes. */
export interface PageJobResult {
  ms: number;
}

export interface DocumentJobResult {
  id: string;
  output: string;
}

export function documentJobId(sha256: string): string {
  return documentId(sha256);
}

export function pageJobId(sha256: string, page: number): string {
  return `page-${sha256.slice(0, 16)}-${page}`;
}

/** Page results live on the shared disk next to the outputs, never in Redis. */
export function pageDir(out: string, sha256: string): string {
  return path.join(out, '.pages', sha256);
}

export function pageFile(out: string, sha256: string, page: number): string {
  return path.join(pageDir(out, sha256), `${page}.json`);
}

/**
 * Failure reasons travel through Redis as "E_CODE: message" so that `hoso status` and the
 * document job can recover the stable code from a failed page or document.
 */
export function formatFailure(code: string, message: string): string {
  return `${code}: ${message}`;
}

export function parseFailure(reason: string | undefined): { code: string | null; message: string } {
  const text = reason ?? '';
  const match = /^(E_[A-Z_]+): ([\s\S]*)$/.exec(text);
  return match ? { code: match[1], message: match[2] } : { code: null, message: text };
}
