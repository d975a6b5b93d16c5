import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HosoError } from '../../src/errors.js';
import { writeFileAtomic } from '../../src/output/atomic.js';
import { appendManifest, compactManifest, manifestPath, readManifest } from '../../src/output/manifest.js';
import { failedRecord, okRecord, skippedRecord } from '../../src/output/records.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'hoso-manifest-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('writeFileAtomic', () => {
  it('writes the whole file and leaves no temp file behind', async () => {
    const target = path.join(dir, 'a.json');
    await writeFileAtomic(target, '{"a":1}\n');
    expect(await readFile(target, 'utf8')).toBe('{"a":1}\n');
    expect(await readdir(dir)).toEqual(['a.json']);
  });

  it('fails with E_OUTPUT_WRITE when the folder does not exist', async () => {
    const error = await writeFileAtomic(path.join(dir, 'missing', 'a.json'), 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HosoError);
    expect((error as HosoError).code).toBe('E_OUTPUT_WRITE');
  });
});

describe('manifest', () => {
  it('appends one JSON line per record in the documented shape', async () => {
    await appendManifest(dir, okRecord('scans/a.pdf', 'doc-0123456789abcdef', 4, 1200));
    await appendManifest(dir, failedRecord('scans/b.pdf', null, new HosoError('E_PDF_ENCRYPTED', 'decrypt it first'), 3));
    const lines = (await readFile(manifestPath(dir), 'utf8')).trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0])).toEqual({
      id: 'doc-0123456789abcdef',
      source: { path: 'scans/a.pdf' },
      status: 'ok',
      output: 'doc-0123456789abcdef.json',
      error: null,
      pages: 4,
      ms: 1200,
    });
    expect(JSON.parse(lines[1]).error).toEqual({ code: 'E_PDF_ENCRYPTED', message: 'decrypt it first' });
  });

  it('records an unexpected error under the fallback code with its message and what to do', () => {
    const record = failedRecord('x.pdf', null, new Error('boom'), 1, 'E_OCR_FAILED');
    expect(record.error).toEqual({ code: 'E_OCR_FAILED', message: 'boom (an unexpected error: if a rerun fails the same way, report it with the file)' });
  });

  it('ignores a line torn by a crash', async () => {
    await appendManifest(dir, okRecord('a.txt', 'doc-aaaaaaaaaaaaaaaa', 1, 5));
    await writeFile(manifestPath(dir), `${await readFile(manifestPath(dir), 'utf8')}{"id":"doc-b`, 'utf8');
    expect(await readManifest(dir)).toHaveLength(1);
  });

  it('compacts to the latest record per input, keeping ok over a later skip of the same document', async () => {
    await appendManifest(dir, failedRecord('a.pdf', 'doc-aaaaaaaaaaaaaaaa', new HosoError('E_OCR_TIMEOUT', 't'), 9));
    await appendManifest(dir, okRecord('a.pdf', 'doc-aaaaaaaaaaaaaaaa', 2, 9));
    await appendManifest(dir, okRecord('b.pdf', 'doc-bbbbbbbbbbbbbbbb', 1, 9));
    await appendManifest(dir, skippedRecord('b.pdf', 'doc-bbbbbbbbbbbbbbbb', 1));
    const records = await compactManifest(dir);
    expect(records.map((r) => [r.source.path, r.status])).toEqual([
      ['a.pdf', 'ok'],
      ['b.pdf', 'ok'],
    ]);
    expect(await readManifest(dir)).toEqual(records);
  });
});
