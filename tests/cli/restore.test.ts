// `hoso restore` through the compiled CLI (npm test builds first): a text in, restored text
// out, and a reader that stops early.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BLOCK_CHARACTERS, textBlocks } from '../../src/normalize/blocks.js';

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

  it('restores a text longer than a block, a block at a time, all of it', async () => {
    const paragraph = 'Lien minh Hop tac xa tinh Son La\n\n';
    const count = Math.ceil((2.5 * BLOCK_CHARACTERS) / paragraph.length);
    const result = await hoso(['restore'], paragraph.repeat(count));
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('Liên minh Hợp tác xã tỉnh Sơn La\n\n'.repeat(count));
  }, 60_000);

  it('ends quietly when its reader stops early', async () => {
    const result = await hoso(['restore', '--json', SEED], '', true);
    expect(JSON.parse(result.stdout.split('\n')[0])).toMatchObject({ input: 'UBND' });
    expect(result.stderr).not.toMatch(/EPIPE|Error/u);
    expect(result.code).toBe(0);
  }, 30_000);
});

describe('cutting a long text into blocks', () => {
  const join = (blocks: Iterable<string>) => [...blocks].join('');

  it('keeps every character, in order', () => {
    const text = 'một hai ba\n\nbốn năm\nsáu bảy tám chín\n\n\nmười';
    for (const size of [1, 3, 7, 12, 100]) expect(join(textBlocks(text, size))).toBe(text);
    expect([...textBlocks('', 10)]).toEqual([]);
    expect([...textBlocks('ngắn', 10)]).toEqual(['ngắn']);
  });

  it('cuts at a blank line where one is near, else at a line end, else at a space', () => {
    expect([...textBlocks('aa bb\ncc\n\ndd ee ff', 12)]).toEqual(['aa bb\ncc\n\n', 'dd ee ff']);
    expect([...textBlocks('aa bb\ncc dd ee', 10)]).toEqual(['aa bb\n', 'cc dd ee']);
    expect([...textBlocks('aa bb cc dd', 7)]).toEqual(['aa bb ', 'cc dd']);
  });

  it('never cuts a word: a run with no space goes whole to the next space', () => {
    expect([...textBlocks('abcdefghij klm', 4)]).toEqual(['abcdefghij ', 'klm']);
    expect([...textBlocks('abcdefghij', 4)]).toEqual(['abcdefghij']);
  });
});
