// One committed sample scan through the whole embedded pipeline (ingest, OCR, restoration,
// structure, output), scored against the truth the generator wrote beside it.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { distance } from 'fastest-levenshtein';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateDocument, type CampaignDocument } from '../../src/document.js';
import { characterErrorRate } from '../../src/eval/metrics.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const SAMPLE = path.join(ROOT, 'samples/scan-0010');

let out: string;
let doc: CampaignDocument;
let truth: string;
let labels: Record<string, unknown>;

beforeAll(async () => {
  out = mkdtempSync(path.join(os.tmpdir(), 'hoso-sample-'));
  await promisify(execFile)(process.execPath, [path.join(ROOT, 'dist/src/cli/index.js'), 'run', `${SAMPLE}.pdf`, '--out', out, '--quiet']);
  const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.jsonl'), 'utf8').trim());
  doc = JSON.parse(readFileSync(path.join(out, manifest.output), 'utf8')) as CampaignDocument;
  truth = readFileSync(`${SAMPLE}.truth.txt`, 'utf8');
  labels = JSON.parse(readFileSync(`${SAMPLE}.truth.json`, 'utf8')) as Record<string, unknown>;
}, 180_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('a committed sample scan, end to end', () => {
  it('is OCRed from its page image into valid schema-v1 JSON', () => {
    expect(validateDocument(doc)).toEqual([]);
    expect(doc.source.kind).toBe('pdf');
    expect(doc.pages.map((p) => p.source)).toEqual(['ocr']);
    expect(doc.quality.ocrConfidence).toBeGreaterThan(0.8);
  });

  it('reads the text within 2% CER of the truth', () => {
    expect(characterErrorRate(truth, doc.text).rate).toBeLessThan(0.02);
  });

  it('puts the two header columns in reading order, left column first', () => {
    const at = (needle: string) => doc.text.indexOf(needle);
    expect(at('Số:')).toBeGreaterThan(-1);
    expect(at('Số:')).toBeLessThan(at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'));
    expect(at('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBeLessThan(at('Độc lập - Tự do - Hạnh phúc'));
    expect(at('Độc lập - Tự do - Hạnh phúc')).toBeLessThan(at('QUYẾT ĐỊNH'));
  });

  it('finds the labelled header fields and closing', () => {
    expect(doc.documentType).toBe(labels.documentType);
    // One digit of this scan's number is genuinely ambiguous at its quality (9 read as 0).
    expect(distance(doc.header.number ?? '', labels.number as string)).toBeLessThanOrEqual(1);
    expect(doc.header.place).toBe(labels.place);
    expect(doc.header.date).toBe(labels.date);
    expect(doc.sections).toHaveLength(labels.topLevelSections as number);
    expect(doc.recipients).toHaveLength(labels.recipients as number);
  });
});
