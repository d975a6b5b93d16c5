// Manifest records for each outcome, built the same way by `hoso run` and the queue workers.
import { toHosoError } from '../errors.js';
import type { ManifestRecord } from './manifest.js';
import { documentFileName } from './documents.js';

export function okRecord(sourcePath: string, id: string, pages: number, ms: number): ManifestRecord {
  return { id, source: { path: sourcePath }, status: 'ok', output: documentFileName(id), error: null, pages, ms };
}

export function skippedRecord(sourcePath: string, id: string, ms: number): ManifestRecord {
  return { id, source: { path: sourcePath }, status: 'skipped', output: documentFileName(id), error: null, pages: null, ms };
}

/** Unknown errors are recorded as E_OCR_FAILED only when they came from OCR; callers pass the fallback. */
export function failedRecord(
  sourcePath: string,
  id: string | null,
  error: unknown,
  ms: number,
  fallback: Parameters<typeof toHosoError>[1] = 'E_INPUT_CORRUPT',
): ManifestRecord {
  const failure = toHosoError(error, fallback);
  return {
    id,
    source: { path: sourcePath },
    status: 'failed',
    output: null,
    error: { code: failure.code, message: failure.message },
    pages: null,
    ms,
  };
}
