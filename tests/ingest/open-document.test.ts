import { crc32, deflateSync } from 'node:zlib';
import { createHash, randomBytes } from 'node:crypto';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { HosoError } from '../../src/errors.js';
import { openDocument } from '../../src/ingest/index.js';
import { buildPdf } from './pdf-builder.js';
import { FIXTURES, configWith, tempFolder } from './files.js';

const write = tempFolder();

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A well-formed PNG header that claims width × height, with far too little data behind it. */
function pngClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.alloc(64))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

async function failure(path: string, config = configWith()): Promise<HosoError> {
  try {
    const opened = await openDocument(path, config);
    // Some damage shows only when a page is read.
    for (let n = 1; n <= opened.pageCount; n++) await opened.page(n);
    await opened.close();
  } catch (error) {
    expect(error).toBeInstanceOf(HosoError);
    return error as HosoError;
  }
  throw new Error(`${path} opened without error`);
}

const textPdf = buildPdf([{ kind: 'text', lines: ['Ke hoach trien khai phong trao thi dua dac biet nam 2025'] }]);

describe('openDocument on bad input', () => {
  it('reports a missing path as E_INPUT_NOT_FOUND, naming the path', async () => {
    const error = await failure('/no/such/folder/scan.pdf');
    expect(error.code).toBe('E_INPUT_NOT_FOUND');
    expect(error.message).toContain('/no/such/folder/scan.pdf');
  });

  it('reports an empty PDF as E_INPUT_CORRUPT', async () => {
    const error = await failure(write('empty.pdf', Buffer.alloc(0)));
    expect(error.code).toBe('E_INPUT_CORRUPT');
    expect(error.message).toMatch(/empty/);
  });

  it('reports a truncated PDF as E_INPUT_CORRUPT', async () => {
    const error = await failure(write('truncated.pdf', textPdf.subarray(0, Math.floor(textPdf.length * 0.6))));
    expect(error.code).toBe('E_INPUT_CORRUPT');
    expect(error.message).toMatch(/truncated/);
  });

  it('reports a PDF that has a header and nothing else as E_INPUT_CORRUPT', async () => {
    const error = await failure(write('header-only.pdf', '%PDF-1.7\n%%EOF\n'));
    expect(error.code).toBe('E_INPUT_CORRUPT');
  });

  it('reports an encrypted PDF as E_PDF_ENCRYPTED and says how to decrypt it', async () => {
    const error = await failure(join(FIXTURES, 'encrypted.pdf'));
    expect(error.code).toBe('E_PDF_ENCRYPTED');
    expect(error.message).toContain('qpdf --decrypt');
  });

  it('rejects an image whose header claims billions of pixels before decoding it', async () => {
    const path = write('huge.png', pngClaiming(100_000, 100_000));
    const started = performance.now();
    const error = await failure(path);
    expect(error.code).toBe('E_INPUT_TOO_LARGE');
    expect(error.message).toContain('100000×100000');
    // Decoding 10 gigapixels would take minutes and fail on the missing data instead.
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('reports random bytes named .tif as E_INPUT_CORRUPT', async () => {
    const error = await failure(write('scan.tif', randomBytes(4096)));
    expect(error.code).toBe('E_INPUT_CORRUPT');
  });

  it('reports random bytes behind a TIFF signature as E_INPUT_CORRUPT', async () => {
    const bytes = randomBytes(4096);
    bytes.write('II*\0', 0, 'latin1');
    const error = await failure(write('scan.tif', bytes));
    expect(error.code).toBe('E_INPUT_CORRUPT');
  });

  it('reports random bytes with an unknown name as E_INPUT_UNSUPPORTED', async () => {
    const error = await failure(write('blob.bin', randomBytes(4096)));
    expect(error.code).toBe('E_INPUT_UNSUPPORTED');
  });

  it('reports a .docx as E_INPUT_UNSUPPORTED and says to export it to PDF', async () => {
    const error = await failure(join(FIXTURES, 'letter.docx'));
    expect(error.code).toBe('E_INPUT_UNSUPPORTED');
    expect(error.message).toMatch(/export it to PDF/);
  });

  it('reports a .docx renamed .pdf as E_INPUT_UNSUPPORTED too: the bytes decide', async () => {
    const { readFileSync } = await import('node:fs');
    const error = await failure(write('letter.pdf', readFileSync(join(FIXTURES, 'letter.docx'))));
    expect(error.code).toBe('E_INPUT_UNSUPPORTED');
  });

  it('rejects a file over the byte limit before reading it', async () => {
    const error = await failure(write('big.txt', 'x'.repeat(2048)), configWith({ maxBytes: 1024 }));
    expect(error.code).toBe('E_INPUT_TOO_LARGE');
  });

  it('rejects a PDF with more pages than the limit', async () => {
    const pdf = buildPdf([1, 2, 3].map((n) => ({ kind: 'text' as const, lines: [`page ${n}`] })));
    const error = await failure(write('long.pdf', pdf), configWith({ maxPages: 2 }));
    expect(error.code).toBe('E_INPUT_TOO_LARGE');
    expect(error.message).toContain('3 pages');
  });

  it('rejects a PDF page image over the pixel limit before decoding it', async () => {
    const jpeg = await sharp({ create: { width: 400, height: 500, channels: 3, background: 'white' } }).jpeg().toBuffer();
    const pdf = buildPdf([{ kind: 'jpeg', jpeg, width: 400, height: 500, channels: 3 }]);
    const error = await failure(write('scan.pdf', pdf), configWith({ maxPixels: 100_000 }));
    expect(error.code).toBe('E_INPUT_TOO_LARGE');
  });
});

describe('openDocument on good input', () => {
  it('reads a PNG named .pdf as a PNG', async () => {
    const png = await sharp({ create: { width: 120, height: 80, channels: 3, background: 'white' } }).png().toBuffer();
    const opened = await openDocument(write('disguised.pdf', png), configWith());
    expect(opened.source).toMatchObject({ kind: 'image', format: 'png', bytes: png.length });
    const page = await opened.page(1);
    expect(page.source).toBe('ocr');
    if (page.source === 'ocr') expect(page.image).toMatchObject({ encoding: 'png', width: 120, height: 80 });
  });

  it('records the sha256 of the bytes and the path as given', async () => {
    const path = write('note.txt', 'Kế hoạch số 514/KH-LMHTX');
    const opened = await openDocument(path, configWith());
    expect(opened.source.sha256).toBe(createHash('sha256').update('Kế hoạch số 514/KH-LMHTX').digest('hex'));
    expect(opened.source.path).toBe(path);
  });

  it('treats a file with no extension as text when its bytes are text', async () => {
    const opened = await openDocument(write('README', 'Thông báo kết quả thi đua'), configWith());
    expect(opened.source).toMatchObject({ kind: 'text', format: 'utf-8' });
  });
});
