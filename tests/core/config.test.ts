import { describe, expect, it } from 'vitest';
import { defaultConfig, HosoUsageError, loadConfig } from '../../src/config.js';

describe('loadConfig', () => {
  it('takes flags over environment over defaults', () => {
    const env = { HOSO_CONCURRENCY: '3', HOSO_MAX_PAGES: '7', HOSO_ENGINE: 'tesseract' };
    const fromEnv = loadConfig({}, env);
    expect(fromEnv.concurrency).toBe(3);
    expect(fromEnv.limits.maxPages).toBe(7);
    expect(fromEnv.ocr.engine).toBe('tesseract');
    const fromFlags = loadConfig({ concurrency: '5', engine: 'tesseractjs' }, env);
    expect(fromFlags.concurrency).toBe(5);
    expect(fromFlags.ocr.engine).toBe('tesseractjs');
    expect(loadConfig({}, {}).limits).toEqual(defaultConfig().limits);
  });

  it('rejects a bad number or engine with a usage error naming the option', () => {
    expect(() => loadConfig({ concurrency: 'two' }, {})).toThrow(HosoUsageError);
    expect(() => loadConfig({ concurrency: '0' }, {})).toThrow(/--concurrency/);
    expect(() => loadConfig({}, { HOSO_MAX_PIXELS: '-1' })).toThrow(/HOSO_MAX_PIXELS/);
    expect(() => loadConfig({ engine: 'abbyy' }, {})).toThrow(/--engine/);
    expect(() => loadConfig({}, { HOSO_SEAL_INK: 'red' })).toThrow(/HOSO_SEAL_INK/);
  });

  it('clears seals on grey pages by default, on every page or none with HOSO_SEAL_INK', () => {
    expect(loadConfig({}, {}).ocr.sealInk).toBe('grey');
    expect(loadConfig({}, { HOSO_SEAL_INK: 'all' }).ocr.sealInk).toBe('all');
    expect(loadConfig({}, { HOSO_SEAL_INK: 'none' }).ocr.sealInk).toBe('none');
  });
});
