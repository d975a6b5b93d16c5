import { describe, expect, it } from 'vitest';
import { perWorkerRssMiB } from '../../src/bench/hoso-run.js';
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

describe('perWorkerRssMiB', () => {
  it('charges what the OCR run adds over the no-OCR baseline to the workers, evenly', () => {
    expect(perWorkerRssMiB(750, 180, 2)).toBe(285);
  });

  it('gives null when either figure is missing', () => {
    expect(perWorkerRssMiB(null, 180, 2)).toBeNull();
    expect(perWorkerRssMiB(750, null, 2)).toBeNull();
  });
});
