import { describe, expect, it } from 'vitest';
import { parseGnuTime } from '../../src/bench/processes.js';

describe('parseGnuTime', () => {
  it('adds user and system seconds and turns KiB into MiB', () => {
    expect(parseGnuTime('HOSOBENCH 12.50 20.25 1.75 524288\n')).toEqual({ cpuSeconds: 22, peakRssMiB: 512 });
  });

  it('finds its line after the messages GNU time writes for a killed command', () => {
    const output = 'Command terminated by signal 9\nHOSOBENCH 3.00 1.00 0.50 2048\n';
    expect(parseGnuTime(output)).toEqual({ cpuSeconds: 1.5, peakRssMiB: 2 });
  });

  it('gives null when there is no figure to read', () => {
    expect(parseGnuTime('')).toBeNull();
    expect(parseGnuTime('HOSOBENCH ? ? ? ?')).toBeNull();
  });
});
