import { execFile } from 'node:child_process';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateRun, truthPathFor } from '../../src/eval/evaluate.js';

const run = promisify(execFile);
const tsx = path.resolve('node_modules/.bin/tsx');
const cli = path.resolve('src/cli/index.ts');

async function hoso(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(tsx, [cli, ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let root: string;
let out: string;
let inputs: string;

/**
 * A hand-made run: one document with truth and labels (processed, then skipped on a rerun),
 * one without truth, one whose output is broken, one failed.
 */
beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'hoso-eval-'));
  inputs = path.join(root, 'in');
  out = path.join(root, 'out');
  await mkdir(inputs);
  await mkdir(out);
  const a = path.join(inputs, 'a.pdf');
  const b = path.join(inputs, 'b.txt');
  await writeFile(path.join(inputs, 'a.truth.txt'), 'Số: 12/KH-LMHTX\nSơn La, ngày 29 tháng 01 năm 2026\n');
  await writeFile(path.join(inputs, 'a.truth.json'), JSON.stringify({
    documentType: 'ke-hoach', number: '12/KH-LMHTX', place: 'Sơn La', date: '2026-01-29', title: null,
    issuerName: null, topLevelSections: 0, recipients: 0, signerName: null,
  }));
  const document = (text: string) => ({
    documentType: 'ke-hoach',
    header: { nationalTitle: null, motto: null, issuer: null, number: '12/KH-LMHTX', place: 'Sơn La', date: '2026-01-29', dateText: null },
    title: null, sections: [], recipients: [], signature: null, text,
  });
  // "So" for "Số" is one edit in 49 characters, and one wrong word in 10.
  await writeFile(path.join(out, 'doc-aaaaaaaaaaaaaaaa.json'), JSON.stringify(document('So: 12/KH-LMHTX Sơn La, ngày 29 tháng 01 năm 2026')));
  await writeFile(path.join(out, 'doc-bbbbbbbbbbbbbbbb.json'), JSON.stringify(document('whatever')));
  await writeFile(path.join(inputs, 'd.truth.txt'), 'anything');
  await writeFile(path.join(out, 'doc-dddddddddddddddd.json'), '{"text": "cut short');
  const record = (id: string | null, source: string, status: string) => ({
    id, source: { path: source }, status, output: id ? `${id}.json` : null,
    error: status === 'failed' ? { code: 'E_INPUT_CORRUPT', message: 'bad' } : null, pages: 1, ms: 5,
  });
  await writeFile(
    path.join(out, 'manifest.jsonl'),
    [
      record('doc-aaaaaaaaaaaaaaaa', a, 'ok'),
      record('doc-bbbbbbbbbbbbbbbb', b, 'ok'),
      record(null, path.join(inputs, 'c.tif'), 'failed'),
      record('doc-dddddddddddddddd', path.join(inputs, 'd.pdf'), 'ok'),
      record('doc-aaaaaaaaaaaaaaaa', a, 'skipped'),
    ].map((r) => `${JSON.stringify(r)}\n`).join(''),
  );
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('evaluateRun', () => {
  it('scores documents with truth, lists the others as skipped, and scores labelled fields', async () => {
    const report = await evaluateRun(out);
    expect(report.documents).toHaveLength(1);
    const [doc] = report.documents;
    expect(doc.charEdits).toBe(1);
    expect(doc.chars).toBe(49);
    expect(doc.cer).toBeCloseTo(1 / 49);
    expect(doc.wer).toBeCloseTo(1 / 10);
    expect(report.meanCer).toBeCloseTo(1 / 49);
    expect(report.skipped.map((s) => s.reason).sort()).toEqual([
      'failed (E_INPUT_CORRUPT)',
      'no truth',
      'output doc-dddddddddddddddd.json missing or not a schema v1 document',
    ]);
    expect(report.structure?.perField.number).toBe(1);
    expect(report.structure?.documents).toBe(1);
  });

  it('finds truth under --truth by the source base name', async () => {
    expect(truthPathFor('/x/y/scan-0001.pdf', '/t')).toBe(path.join('/t', 'scan-0001.truth.txt'));
    expect(truthPathFor('scans/a.b.pdf')).toBe('scans/a.b.truth.txt');
    const truthDir = path.join(root, 'truth');
    await mkdir(truthDir, { recursive: true });
    await writeFile(path.join(truthDir, 'b.truth.txt'), 'whatever');
    const report = await evaluateRun(out, { truthDir });
    expect(report.documents.map((d) => [path.basename(d.source), d.cer])).toEqual([['b.txt', 0]]);
  });
});

describe('hoso eval', () => {
  it('prints a table with each document and the mean, and exits 0', async () => {
    const result = await hoso('eval', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/a\.pdf\s+2\.04%\s+10\.00%/);
    expect(result.stdout).toMatch(/mean of 1\s+2\.04%\s+10\.00%/);
    expect(result.stdout).toContain('b.txt: no truth');
  });

  it('prints the figures as JSON with --json', async () => {
    const result = await hoso('eval', out, '--json');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.documents[0].cer).toBeCloseTo(1 / 49);
    expect(report.skipped).toHaveLength(3);
  });

  it('exits 2 when --truth is not a folder', async () => {
    const result = await hoso('eval', out, '--truth', path.join(root, 'nowhere'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('is not a folder');
  });

  it('exits 2 when the folder has no manifest', async () => {
    const result = await hoso('eval', root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('manifest.jsonl not found');
  });
});
