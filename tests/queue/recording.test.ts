import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyHeader, serializeDocument, type CampaignDocument } from '../../src/document.js';
import { appendManifest, readManifest } from '../../src/output/manifest.js';
import { failedRecord, okRecord } from '../../src/output/records.js';
import { recordDocument, recordFailureOnce } from '../../src/queue/recording.js';
import { tempDir } from './support.js';

const SHA = 'a'.repeat(64);

function doc(text: string): CampaignDocument {
  return {
    schemaVersion: '1',
    id: `doc-${SHA.slice(0, 16)}`,
    source: { path: 'in/a.txt', sha256: SHA, kind: 'text', pages: 1 },
    documentType: 'khac',
    header: emptyHeader(),
    title: null,
    preamble: null,
    sections: [],
    references: [],
    campaign: null,
    recipients: [],
    signature: null,
    text,
    pages: [{ number: 1, source: 'text', confidence: null, text }],
    quality: { ocrConfidence: null, syllables: 0, changed: 0, unknown: 0, lowConfidence: [] },
  };
}

describe('recording a queued document', () => {
  it('appends one ok line when the job runs again after it finished', async () => {
    const out = await tempDir();
    const record = okRecord('in/a.txt', doc('x').id, 1, 5);
    await recordDocument(out, doc('x'), record);
    await recordDocument(out, doc('x'), record);
    expect((await readManifest(out)).map((r) => r.status)).toEqual(['ok']);
    expect(await readFile(path.join(out, `${doc('x').id}.json`), 'utf8')).toBe(serializeDocument(doc('x')));
  });

  it('adds the ok line a crashed run wrote the JSON for but never listed', async () => {
    const out = await tempDir();
    await writeFile(path.join(out, `${doc('x').id}.json`), serializeDocument(doc('x')));
    await recordDocument(out, doc('x'), okRecord('in/a.txt', doc('x').id, 1, 5));
    expect((await readManifest(out)).map((r) => r.status)).toEqual(['ok']);
  });

  it('rewrites a different JSON and lists it again', async () => {
    const out = await tempDir();
    await recordDocument(out, doc('old'), okRecord('in/a.txt', doc('old').id, 1, 5));
    await recordDocument(out, doc('new'), okRecord('in/a.txt', doc('new').id, 1, 5));
    expect(await readManifest(out)).toHaveLength(2);
    expect(JSON.parse(await readFile(path.join(out, `${doc('x').id}.json`), 'utf8')).text).toBe('new');
  });

  it('records a failure once per document job, and again for a later job', async () => {
    const out = await tempDir();
    const record = failedRecord('in/a.txt', doc('x').id, new Error('boom'), 3, 'E_OCR_FAILED');
    await recordFailureOnce(out, SHA, 1000, record);
    await recordFailureOnce(out, SHA, 1000, record);
    expect(await readManifest(out)).toHaveLength(1);
    await recordFailureOnce(out, SHA, 2000, record);
    expect(await readManifest(out)).toHaveLength(2);
  });

  it('leaves other lines of the manifest alone', async () => {
    const out = await tempDir();
    await appendManifest(out, okRecord('in/b.txt', 'doc-bbbbbbbbbbbbbbbb', 1, 1));
    await recordDocument(out, doc('x'), okRecord('in/a.txt', doc('x').id, 1, 5));
    expect((await readManifest(out)).map((r) => r.source.path)).toEqual(['in/b.txt', 'in/a.txt']);
  });
});
