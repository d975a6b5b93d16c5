// Where a document's JSON lives in the output folder, and whether it is already there.
import { access } from 'node:fs/promises';
import path from 'node:path';
import { serializeDocument, type CampaignDocument } from '../document.js';
import { writeFileAtomic } from './atomic.js';

export function documentFileName(id: string): string {
  return `${id}.json`;
}

export async function documentExists(outDir: string, id: string): Promise<boolean> {
  try {
    await access(path.join(outDir, documentFileName(id)));
    return true;
  } catch {
    return false;
  }
}

/** Write DIR/<id>.json atomically; returns the file name relative to DIR. */
export async function writeDocument(outDir: string, doc: CampaignDocument): Promise<string> {
  const name = documentFileName(doc.id);
  await writeFileAtomic(path.join(outDir, name), serializeDocument(doc));
  return name;
}
