import { describe, expect, it } from 'vitest';
import { parseProcStatus } from '../../src/bench/memory.js';

describe('parseProcStatus', () => {
  it('reads the resident set and its high-water mark in MiB', () => {
    const status = 'Name:\tnode\nVmPeak:\t 2000000 kB\nVmHWM:\t  614400 kB\nVmRSS:\t  524288 kB\nThreads:\t12\n';
    expect(parseProcStatus(status)).toEqual({ rssMiB: 512, hwmMiB: 600 });
  });

  it('gives null for a process that has no memory figures (a zombie)', () => {
    expect(parseProcStatus('Name:\tnode\nState:\tZ (zombie)\n')).toBeNull();
  });
});
