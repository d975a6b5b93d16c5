// manifest.jsonl: one line per input per attempt, appended as each input finishes (so a crash
// loses nothing), compacted at the end of a run to the latest line per input.
import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ErrorCode } from '../errors.js';
import { writeFileAtomic } from './atomic.js';

export const MANIFEST_FILE = 'manifest.jsonl';

export interface ManifestRecord {
  id: string | null;
  source: { path: string };
  status: 'ok' | 'failed' | 'skipped';
  output: string | null;
  error: { code: ErrorCode; message: string } | null;
  pages: number | null;
  ms: number;
}

export function manifestPath(outDir: string): string {
  return path.join(outDir, MANIFEST_FILE);
}

export async function appendManifest(outDir: string, record: ManifestRecord): Promise<void> {
  // One write per line with O_APPEND: concurrent writers on one machine never interleave a line.
  await appendFile(manifestPath(outDir), `${JSON.stringify(record)}\n`, { encoding: 'utf8', flag: 'a' });
}

/** Every record in the manifest, in file order; a missing manifest is empty, a torn last line is ignored. */
export async function readManifest(outDir: string): Promise<ManifestRecord[]> {
  let raw: string;
  try {
    raw = await readFile(manifestPath(outDir), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const records: ManifestRecord[] = [];
  for (const line of raw.split('\n')) {
    if (line.trim() === '') continue;
    try {
      records.push(JSON.parse(line) as ManifestRecord);
    } catch {
      // A line cut by a crash mid-append: the input it described will be redone or skipped.
    }
  }
  return records;
}

/**
 * Keep the latest record per source path, except that a "skipped" never hides the "ok" it
 * stands for; rewrite atomically. Order: first appearance of each path.
 */
export async function compactManifest(outDir: string): Promise<ManifestRecord[]> {
  const latest = new Map<string, ManifestRecord>();
  for (const record of await readManifest(outDir)) {
    const previous = latest.get(record.source.path);
    if (previous && record.status === 'skipped' && previous.status === 'ok' && previous.id === record.id) continue;
    latest.set(record.source.path, record);
  }
  const records = [...latest.values()];
  await writeFileAtomic(manifestPath(outDir), records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  return records;
}
