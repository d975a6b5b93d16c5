import { describe, expect, it } from 'vitest';
import { DEFAULT_DOCS, QUICK_DOCS, parseBenchArgs } from '../../src/bench/args.js';

describe('parseBenchArgs', () => {
  it('runs every system on the default held-out set when given nothing', () => {
    const args = parseBenchArgs([]);
    expect(args.docs).toBe(DEFAULT_DOCS);
    expect(args.seed).toBe(1000);
    expect(args.systems).toEqual(['hoso', 'ocrmypdf', 'tesseract', 'hoso-native']);
    expect(args.profile).toBe(false);
  });

  it('makes fewer documents with --quick, unless --docs says how many', () => {
    expect(parseBenchArgs(['--quick']).docs).toBe(QUICK_DOCS);
    expect(parseBenchArgs(['--quick', '--docs', '7']).docs).toBe(7);
    expect(parseBenchArgs(['--docs', '7', '--quick']).docs).toBe(7);
  });

  it('scans the share of documents --grey asks for in grey, none by default', () => {
    expect(parseBenchArgs([]).grey).toBe(0);
    expect(parseBenchArgs(['--grey', '1']).grey).toBe(1);
    expect(parseBenchArgs(['--grey', '0.5']).grey).toBe(0.5);
    expect(() => parseBenchArgs(['--grey', '2'])).toThrow(/--grey/);
    expect(() => parseBenchArgs(['--grey'])).toThrow(/--grey/);
  });

  it('refuses seeds below 1000, which are not held out', () => {
    expect(() => parseBenchArgs(['--seed', '999'])).toThrow(/at least 1000/);
    expect(parseBenchArgs(['--seed', '2000']).seed).toBe(2000);
  });

  it('keeps the fixed system order whatever order --only lists them in', () => {
    expect(parseBenchArgs(['--only', 'tesseract,hoso']).systems).toEqual(['hoso', 'tesseract']);
    expect(() => parseBenchArgs(['--only', 'abbyy'])).toThrow(/--only/);
  });

  it('rejects unknown options and missing numbers', () => {
    expect(() => parseBenchArgs(['--fast'])).toThrow(/unknown option --fast/);
    expect(() => parseBenchArgs(['--docs'])).toThrow(/--docs/);
    expect(() => parseBenchArgs(['--jobs', '0'])).toThrow(/--jobs/);
  });

  it('reads the page count of the memory run', () => {
    expect(parseBenchArgs(['--memory', '500']).memoryPages).toBe(500);
    expect(parseBenchArgs([]).memoryPages).toBeNull();
  });

  it('measures only the restorer with --restoration', () => {
    expect(parseBenchArgs([]).restorationOnly).toBe(false);
    expect(parseBenchArgs(['--restoration']).restorationOnly).toBe(true);
  });

  it('switches to profiling with --profile', () => {
    expect(parseBenchArgs(['--profile']).profile).toBe(true);
  });

  it('repeats the comparison with --rounds', () => {
    expect(parseBenchArgs([]).rounds).toBe(1);
    expect(parseBenchArgs(['--rounds', '3']).rounds).toBe(3);
  });
});
