import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config.js';
import { createOcrEngine } from '../../src/ocr/index.js';
import { checkNativeTesseract, parseTsv } from '../../src/ocr/native.js';
import { cer } from '../fixtures/ocr/cer.js';
import { renderPage } from '../fixtures/ocr/render-page.js';

const TSV = [
  'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
  '1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t',
  '4\t1\t1\t1\t1\t0\t300\t200\t600\t50\t-1\t',
  '5\t1\t1\t1\t1\t1\t300\t200\t120\t50\t96.5\tCỘNG',
  '5\t1\t1\t1\t1\t2\t440\t200\t100\t50\t91\tHÒA',
  '5\t1\t1\t1\t1\t3\t560\t200\t10\t50\t40\t|',
  '5\t1\t1\t1\t2\t1\t300\t270\t90\t50\t88\tĐộc',
  '',
].join('\n');

const hasTesseract = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' }).stdout?.includes('vie') ?? false;

describe('parseTsv', () => {
  it('groups words into lines with boxes and 0..1 confidences, dropping junk marks', () => {
    const lines = parseTsv(TSV);
    expect(lines.map((l) => l.text)).toEqual(['CỘNG HÒA', 'Độc']);
    expect(lines[0].bbox).toEqual({ x0: 300, y0: 200, x1: 540, y1: 250 });
    expect(lines[0].words[0].confidence).toBeCloseTo(0.965);
    expect(lines[0].confidence).toBeCloseTo((0.965 + 0.91) / 2);
  });
});

describe('native tesseract engine', () => {
  it('says what to install when the binary is missing', () => {
    expect(() => checkNativeTesseract({ language: 'vie', binary: '/nonexistent/tesseract' })).toThrow(
      expect.objectContaining({ code: 'E_OCR_FAILED', message: expect.stringContaining('apt-get install tesseract-ocr') }),
    );
  });

  it.skipIf(!hasTesseract)('reads a scan-like page into the same result shape', async () => {
    const config = defaultConfig();
    config.ocr.workers = 1;
    config.ocr.engine = 'tesseract';
    const engine = await createOcrEngine(config);
    try {
      const page = await renderPage({ dpi: 200, skewDegrees: -1, noise: 8, jpegQuality: 70, stamp: 'signature', seed: 3 });
      const result = await engine.recognize(page.image);
      expect(cer(result.text, page.truth)).toBeLessThan(0.03);
      expect(result.text.split('\n').filter((t) => t.trim() !== '')).toEqual(result.lines.map((l) => l.text));
      const national = result.lines.findIndex((l) => l.text.includes('CỘNG HÒA'));
      expect(national).toBeGreaterThan(result.lines.findIndex((l) => l.text.includes('Số: 514')));
    } finally {
      await engine.close();
    }
  });
});
