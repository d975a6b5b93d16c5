// The facts about the machine a bench ran on, recorded beside its figures.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { sampleFont } from '../samples/fonts.js';

export interface MachineFacts {
  cores: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  platform: string;
  /** 1-minute load average when the bench started: other work on the machine skews wall times. */
  loadAverageAtStart: number;
  /**
   * CPU milliseconds of a fixed workload like the restorer's (searches in sorted arrays), the
   * best of three: machines said to be alike here differ by up to two times, and so do the
   * speed figures measured on them.
   */
  referenceWorkMs: number;
  /**
   * The family the samples generator sets documents in (see samples/fonts.ts): without
   * Liberation Serif the generated documents break their lines elsewhere and their figures differ
   * (the 30 Latin-only OCR documents: 79.08% → 5.99% WER in DejaVu Serif, 78.93% → 5.92% in Liberation).
   * Recorded since session 8.
   */
  sampleFont?: string;
}

/** The fixed workload of `referenceWorkMs`: 2 million binary searches in a sorted array of a million numbers. */
export function referenceWork(): number {
  const size = 1 << 20;
  const sorted = new Uint32Array(size);
  let seed = 12345;
  for (let i = 0, value = 0; i < size; i++) sorted[i] = value += 1 + ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 7);
  let best = Infinity;
  let found = 0;
  for (let round = 0; round < 3; round++) {
    const started = process.cpuUsage();
    for (let k = 0; k < 2_000_000; k++) {
      const value = (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % sorted[size - 1];
      let low = 0;
      let high = size;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (sorted[middle] < value) low = middle + 1;
        else high = middle;
      }
      found += low;
    }
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  // Used, so the searches cannot be left out.
  return found < 0 ? Number.NaN : Math.round(best);
}

export function loadAverage(): number {
  try {
    return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  } catch {
    return os.loadavg()[0];
  }
}

export function machineFacts(): MachineFacts {
  const cpus = os.cpus();
  return {
    cores: os.availableParallelism(),
    cpuModel: cpus[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverageAtStart: loadAverage(),
    referenceWorkMs: referenceWork(),
    sampleFont: sampleFont(),
  };
}
