// `hoso restore` through the compiled CLI (npm test builds first): a text in, restored text
// out, and a reader that stops early.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI = path.join(ROOT, 'dist/src/cli/index.js');
const SEED = path.resolve(ROOT, '../shared/seeds/003_50ac25d73d6bafda.txt');

/** Runs the CLI; `firstLineOnly` closes its stdout after the first line, as `| head -1` does. */
function hoso(args: string[], input: string, firstLineOnly = false): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      if (firstLineOnly && stdout.includes('\n')) child.stdout.destroy();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('hoso restore', () => {
  it('restores a text from stdin', async () => {
    const result = await hoso(['restore'], 'Lien minh Hop tac xa tinh Son La\n');
    expect(result).toMatchObject({ code: 0, stdout: 'Liên minh Hợp tác xã tỉnh Sơn La\n' });
  });

  it('ends quietly when its reader stops early', async () => {
    const result = await hoso(['restore', '--json', SEED], '', true);
    expect(JSON.parse(result.stdout.split('\n')[0])).toMatchObject({ input: 'UBND' });
    expect(result.stderr).not.toMatch(/EPIPE|Error/u);
    expect(result.code).toBe(0);
  }, 30_000);
});
