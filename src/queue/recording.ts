// Writing a queued document's outcome exactly once. BullMQ delivers at least once: a job whose
// worker died after writing may run again, so each write here first looks at what is on disk.
import { access, mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { serializeDocument, type CampaignDocument } from '../document.js';
import { writeFileAtomic } from '../output/atomic.js';
import { documentFileName, writeDocument } from '../output/documents.js';
import { appendManifest, readManifest, type ManifestRecord } from '../output/manifest.js';
import type { PageText } from '../pages.js';
import { pageDir, pageFile } from './jobs.js';

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return null;
  }
}

async function hasOkLine(out: string, id: string): Promise<boolean> {
  return (await readManifest(out)).some((record) => record.status === 'ok' && record.id === id);
}

/**
 * Write DIR/<id>.json and append its ok line. When the same JSON is already there (a rerun after
 * a crash), the line is appended only if that earlier run did not get to it.
 */
export async function recordDocument(out: string, doc: CampaignDocument, record: ManifestRecord): Promise<void> {
  const existing = await readIfExists(path.join(out, documentFileName(doc.id)));
  if (existing !== serializeDocument(doc)) {
    await writeDocument(out, doc);
    await appendManifest(out, record);
    return;
  }
  // Rare path (only after a crash), so reading the whole manifest here is affordable.
  if (!(await hasOkLine(out, doc.id))) await appendManifest(out, record);
}

/** True when an earlier run of this document's job finished its work but not its job. */
export async function alreadyRecorded(out: string, id: string): Promise<boolean> {
  try {
    await access(path.join(out, documentFileName(id)));
  } catch {
    return false;
  }
  return hasOkLine(out, id);
}

/**
 * Append a failed line once per document job (`jobTimestamp` tells a later re-enqueue apart),
 * guarded by a marker file written after the line.
 */
export async function recordFailureOnce(out: string, sha256: string, jobTimestamp: number, record: ManifestRecord): Promise<void> {
  const marker = path.join(pageDir(out, sha256), `failed-${jobTimestamp}`);
  try {
    await access(marker);
    return;
  } catch {
    // Not recorded yet.
  }
  await appendManifest(out, record);
  await mkdir(path.dirname(marker), { recursive: true });
  await writeFileAtomic(marker, '');
}

/** The page files of a document, or null when one is missing. */
export async function readPageFiles(out: string, sha256: string, pages: number): Promise<PageText[] | null> {
  const texts: PageText[] = [];
  for (let page = 1; page <= pages; page++) {
    const raw = await readIfExists(pageFile(out, sha256, page));
    if (raw === null) return null;
    texts.push(JSON.parse(raw) as PageText);
  }
  return texts;
}

/** Page files are only a hand-over between jobs: removed once the document is recorded. */
export async function removePageFiles(out: string, sha256: string): Promise<void> {
  await rm(pageDir(out, sha256), { recursive: true, force: true });
}
