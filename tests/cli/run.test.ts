// `hoso run` end to end through the compiled CLI (npm test builds first): a batch of good and
// bad inputs, the manifest it leaves, and what a rerun does.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { crc32 } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateDocument } from '../../src/document.js';
import type { ManifestRecord } from '../../src/output/manifest.js';
import { renderPage } from '../fixtures/ocr/render-page.js';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/src/cli/index.js');
const SEEDS = path.resolve(ROOT, '../shared/seeds');
const INGEST_FIXTURES = path.join(ROOT, 'tests/fixtures/ingest');

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

async function hoso(args: string[], cwd: string): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [CLI, ...args], { cwd, maxBuffer: 1 << 24 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

function manifest(outDir: string): Map<string, ManifestRecord> {
  const lines = readFileSync(path.join(outDir, 'manifest.jsonl'), 'utf8').trim().split('\n');
  return new Map(lines.map((line) => JSON.parse(line) as ManifestRecord).map((r) => [r.source.path, r]));
}

/** A PNG whose IHDR claims 100000 × 100000 pixels, followed by nothing worth decoding. */
function hugePng(): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(100_000, 0);
  ihdr.writeUInt32BE(100_000, 4);
  ihdr.set([8, 0, 0, 0, 0], 8);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([Buffer.from('IHDR'), ihdr])));
  const chunk = Buffer.concat([Buffer.from([0, 0, 0, 13]), Buffer.from('IHDR'), ihdr, crc]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk]);
}

let work: string;
const inputs = 'in';
const out = 'out';

beforeAll(async () => {
  work = mkdtempSync(path.join(os.tmpdir(), 'hoso-run-'));
  const dir = path.join(work, inputs);
  mkdirSync(dir);
  const sample = readFileSync(path.join(ROOT, 'samples/scan-0010.pdf'));
  const files: Record<string, Buffer | string> = {
    'empty.pdf': Buffer.alloc(0),
    'truncated.pdf': sample.subarray(0, 2000),
    'random.tif': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251)),
    'huge.png': hugePng(),
    'old-ocr.txt': readFileSync(path.join(SEEDS, '000_2179a7ae91b9f635.txt')),
  };
  for (const [name, bytes] of Object.entries(files)) {
    writeFileSync(path.join(dir, name), bytes);
  }
  copyFileSync(path.join(INGEST_FIXTURES, 'encrypted.pdf'), path.join(dir, 'encrypted.pdf'));
  copyFileSync(path.join(INGEST_FIXTURES, 'letter.docx'), path.join(dir, 'letter.docx'));
  const page = await renderPage({ dpi: 200 });
  if (page.image.encoding !== 'png') throw new Error('the test page renderer should give a PNG');
  writeFileSync(path.join(dir, 'really-a-png.pdf'), page.image.data);
}, 60_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('hoso run', () => {
  let first: CliResult;
  let records: Map<string, ManifestRecord>;

  beforeAll(async () => {
    first = await hoso(['run', inputs, 'missing-folder/none.pdf', '--out', out, '--quiet'], work);
    records = manifest(path.join(work, out));
  }, 300_000);

  it('exits 3 when some inputs fail, with one manifest line per input', () => {
    expect(first.code).toBe(3);
    expect(records.size).toBe(9);
  });

  it('gives each bad input its code and a message that says what to do', () => {
    const code = (name: string) => records.get(name)?.error?.code;
    expect(code('missing-folder/none.pdf')).toBe('E_INPUT_NOT_FOUND');
    expect(code(path.join(inputs, 'empty.pdf'))).toBe('E_INPUT_CORRUPT');
    expect(code(path.join(inputs, 'truncated.pdf'))).toBe('E_INPUT_CORRUPT');
    expect(code(path.join(inputs, 'random.tif'))).toBe('E_INPUT_CORRUPT');
    expect(code(path.join(inputs, 'huge.png'))).toBe('E_INPUT_TOO_LARGE');
    expect(code(path.join(inputs, 'letter.docx'))).toBe('E_INPUT_UNSUPPORTED');
    const encrypted = records.get(path.join(inputs, 'encrypted.pdf'));
    expect(encrypted?.error?.code).toBe('E_PDF_ENCRYPTED');
    expect(encrypted?.error?.message).toMatch(/decrypt/i);
    for (const record of records.values()) {
      if (record.status === 'failed') expect(record.error?.message.length).toBeGreaterThan(10);
    }
  });

  it('reads a PNG named .pdf as a PNG and old OCR text without OCR, writing valid schema-v1 JSON', () => {
    for (const name of ['really-a-png.pdf', 'old-ocr.txt']) {
      const record = records.get(path.join(inputs, name));
      expect(record?.status, name).toBe('ok');
      const doc = JSON.parse(readFileSync(path.join(work, out, record!.output!), 'utf8'));
      expect(validateDocument(doc)).toEqual([]);
      expect(doc.id).toBe(record!.id);
    }
    const png = JSON.parse(readFileSync(path.join(work, out, records.get(path.join(inputs, 'really-a-png.pdf'))!.output!), 'utf8'));
    expect(png.source.kind).toBe('image');
    expect(png.pages[0].source).toBe('ocr');
    expect(png.text).toMatch(/CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM/);
    const txt = JSON.parse(readFileSync(path.join(work, out, records.get(path.join(inputs, 'old-ocr.txt'))!.output!), 'utf8'));
    expect(txt.source.kind).toBe('text');
    expect(txt.pages[0].source).toBe('text');
  });

  it('leaves no temp files in the output folder', () => {
    expect(readdirSync(path.join(work, out)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('skips on rerun what is done, retries what failed, and --force redoes it byte for byte', async () => {
    const txtRecord = records.get(path.join(inputs, 'old-ocr.txt'))!;
    const before = readFileSync(path.join(work, out, txtRecord.output!), 'utf8');

    const second = await hoso(['run', path.join(inputs, 'old-ocr.txt'), path.join(inputs, 'empty.pdf'), '--out', out, '--quiet'], work);
    expect(second.code).toBe(3);
    const afterRerun = manifest(path.join(work, out));
    expect(afterRerun.get(path.join(inputs, 'old-ocr.txt'))?.status).toBe('ok'); // a skip does not hide the ok
    expect(afterRerun.size).toBe(9);

    const rerunLines = readFileSync(path.join(work, out, 'manifest.jsonl'), 'utf8').trim().split('\n');
    expect(rerunLines).toHaveLength(9);

    const forced = await hoso(['run', path.join(inputs, 'old-ocr.txt'), '--out', out, '--force'], work);
    expect(forced.code).toBe(0);
    expect(forced.stderr).toMatch(/1 ok/);
    expect(readFileSync(path.join(work, out, txtRecord.output!), 'utf8')).toBe(before);
  }, 120_000);

  it('reports a skipped input when the output exists', async () => {
    const again = await hoso(['run', path.join(inputs, 'old-ocr.txt'), '--out', out], work);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/skipped/);
    expect(again.stderr).toMatch(/1 skipped/);
  });

  it('exits 2 on a usage error', async () => {
    expect((await hoso(['run', inputs], work)).code).toBe(2);
    expect((await hoso(['run', inputs, '--out', out, '--concurrency', 'zero'], work)).code).toBe(2);
    expect((await hoso(['frobnicate'], work)).code).toBe(2);
  });
});
