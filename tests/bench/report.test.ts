import { describe, expect, it } from 'vitest';
import { computeRatios, formatTable, systemResult, unavailableResult, type SystemResult } from '../../src/bench/report.js';
import type { TextScore } from '../../src/bench/score.js';
import type { SystemOutput } from '../../src/bench/system.js';

function ran(system: string, wallMs: number, meanCer: number, failed = 0): SystemResult {
  const output: SystemOutput = {
    texts: new Map(),
    failures: new Map(Array.from({ length: failed }, (_, i) => [`doc${i}`, 'exit 1'])),
    wallMs,
    cpuSeconds: 30,
    peakRssMiB: 400,
    peakRssPerWorkerMiB: 150,
    parallelism: 2,
    invocation: system,
    memoryNote: '',
  };
  const score: TextScore = { docsOk: 10 - failed, docsFailed: failed, pagesOk: 18, meanCer, meanWer: meanCer * 2, perDocument: [] };
  return systemResult(system, output, score, { before: 1, after: 1 });
}

describe('systemResult', () => {
  it('derives pages per minute and CPU seconds per page from the run', () => {
    const result = ran('hoso', 60_000, 0.01);
    expect(result.pagesPerMinute).toBe(18);
    expect(result.cpuSecondsPerPage).toBeCloseTo(30 / 18, 2);
    expect(result.wallSeconds).toBe(60);
  });
});

describe('computeRatios', () => {
  it('divides OCRmyPDF wall time by hoso wall time and subtracts the CERs', () => {
    const ratios = computeRatios([ran('hoso', 40_000, 0.012), ran('ocrmypdf', 70_000, 0.02), ran('tesseract', 50_000, 0.02)]);
    expect(ratios.wallOcrmypdfOverHoso).toBe(1.75);
    expect(ratios.wallTesseractOverHoso).toBe(1.25);
    expect(ratios.cerHosoMinusOcrmypdf).toBeCloseTo(-0.008, 4);
  });

  it('compares OCRmyPDF with hoso on the native engine apart from the default engine', () => {
    const ratios = computeRatios([ran('hoso', 40_000, 0.01), ran('ocrmypdf', 60_000, 0.02), ran('hoso-native', 20_000, 0.01)]);
    expect(ratios.wallOcrmypdfOverHoso).toBe(1.5);
    expect(ratios.wallOcrmypdfOverHosoNative).toBe(3);
  });

  it('compares the fastest rounds when the comparison was repeated', () => {
    const rounds = (walls: number[]) =>
      walls.map((wallSeconds, i) => ({ round: i + 1, position: 1, wallSeconds, cpuSeconds: 30, loadAverage: { before: 1, after: 1 } }));
    const hoso = { ...ran('hoso', 40_000, 0.01), rounds: rounds([40, 20, 60]) };
    const ocrmypdf = { ...ran('ocrmypdf', 50_000, 0.02), rounds: rounds([50, 70, 35]) };
    expect(computeRatios([hoso, ocrmypdf]).wallOcrmypdfOverHosoFastestRounds).toBe(1.75);
    expect(computeRatios([ran('hoso', 40_000, 0.01), ran('ocrmypdf', 50_000, 0.02)]).wallOcrmypdfOverHosoFastestRounds).toBeNull();
  });

  it('compares CPU seconds the same way as wall time', () => {
    const hoso = { ...ran('hoso', 40_000, 0.01), cpuSeconds: 20 };
    expect(computeRatios([hoso, ran('ocrmypdf', 70_000, 0.02)]).cpuOcrmypdfOverHoso).toBe(1.5);
  });

  it('gives no speed ratio when a system failed documents: a fast failure is not fast', () => {
    expect(computeRatios([ran('hoso', 10_000, 0.9, 3), ran('ocrmypdf', 70_000, 0.02)]).wallOcrmypdfOverHoso).toBeNull();
  });

  it('gives no ratio against a system that was not available', () => {
    const ratios = computeRatios([ran('hoso', 40_000, 0.01), unavailableResult('ocrmypdf', 'not installed')]);
    expect(ratios.wallOcrmypdfOverHoso).toBeNull();
    expect(ratios.cerHosoMinusOcrmypdf).toBeNull();
  });
});

describe('formatTable', () => {
  it('pads every column to its widest cell', () => {
    expect(formatTable([['a', 'bb'], ['ccc', 'd']])).toBe('a    bb\nccc  d');
  });
});
