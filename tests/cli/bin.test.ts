// The package's bin must be executable once built: npx runs it directly when npm's own
// chmod at install time did not happen (the build came later) or is skipped.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const CLI = path.resolve(import.meta.dirname, '../../dist/src/cli/index.js');

describe('the hoso bin', () => {
  it('is built executable, with a node shebang', () => {
    expect(statSync(CLI).mode & 0o111).toBe(0o111);
    expect(readFileSync(CLI, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });
});
