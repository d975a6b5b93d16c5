import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDocument } from '../../src/ingest/index.js';
import type { OpenedDocument, PageContent, PageImage } from '../../src/ingest/types.js';
import { buildPdf } from './pdf-builder.js';
import { FIXTURES, configWith, tempFolder } from './files.js';

const write = tempFolder();

/** A4 page width in points, as the builder draws it. */
const A4_WIDTH_PT = 595;

const OCR_LAYER =
  'Lien minh Hop tac xa tinh Son La ban hanh Ke hoach trien khai phong trao thi dua dac biet nam 2025';

function imageOf(page: PageContent): PageImage {
  if (page.source !== 'ocr') throw new Error(`page ${page.number} is ${page.source}, not an image`);
  return page.image;
}

async function pages(opened: OpenedDocument): Promise<PageContent[]> {
  return Promise.all(Array.from({ length: opened.pageCount }, (_, i) => opened.page(i + 1)));
}

/** The data of a little-endian TIFF's first strip (one strip holds the whole image here). */
function firstTiffStrip(tiff: Buffer): Buffer {
  const ifd = tiff.readUInt32LE(4);
  const tags = new Map<number, number>();
  for (let i = 0; i < tiff.readUInt16LE(ifd); i++) {
    const entry = ifd + 2 + i * 12;
    const type = tiff.readUInt16LE(entry + 2);
    tags.set(tiff.readUInt16LE(entry), type === 3 ? tiff.readUInt16LE(entry + 8) : tiff.readUInt32LE(entry + 8));
  }
  const offset = tags.get(273) ?? 0;
  return tiff.subarray(offset, offset + (tags.get(279) ?? 0));
}

let scanJpeg: Buffer;
let greyPixels: Buffer;

beforeAll(async () => {
  // A 150 dpi greyscale "scan": text-like stripes on white.
  const stripes = Buffer.alloc(1240 * 1754, 255);
  for (let y = 200; y < 1600; y += 40) stripes.fill(0, y * 1240 + 150, y * 1240 + 1100);
  greyPixels = stripes;
  scanJpeg = await sharp(stripes, { raw: { width: 1240, height: 1754, channels: 1 } })
    .toColourspace('b-w')
    .jpeg({ quality: 70 })
    .toBuffer();
});

describe('PDF pages', () => {
  it('takes the text layer of a page with text and the image of a scanned page', async () => {
    const pdf = buildPdf([
      { kind: 'text', lines: ['KE HOACH', 'Trien khai phong trao thi dua dac biet', 'nam 2025 cua Lien minh HTX tinh'] },
      { kind: 'jpeg', jpeg: scanJpeg, width: 1240, height: 1754, channels: 1 },
    ]);
    const opened = await openDocument(write('mixed.pdf', pdf), configWith());
    expect(opened.source).toMatchObject({ kind: 'pdf', format: 'pdf' });
    const [text, scan] = await pages(opened);
    expect(text).toEqual({
      number: 1,
      source: 'text-layer',
      text: 'KE HOACH\nTrien khai phong trao thi dua dac biet\nnam 2025 cua Lien minh HTX tinh',
    });
    expect(scan.source).toBe('ocr');
    await opened.close();
  });

  it('hands a scanned JPEG page to OCR as the embedded JPEG bytes, with dpi from the page size', async () => {
    const pdf = buildPdf([{ kind: 'jpeg', jpeg: scanJpeg, width: 1240, height: 1754, channels: 1 }]);
    const opened = await openDocument(write('scan.pdf', pdf), configWith());
    const image = imageOf(await opened.page(1));
    expect(image).toMatchObject({ encoding: 'jpeg', width: 1240, height: 1754, channels: 1 });
    expect(image.dpi).toBe(Math.round((1240 * 72) / A4_WIDTH_PT));
    expect(image.data.equals(scanJpeg)).toBe(true);
    await opened.close();
  });

  it('finds the JPEG also when page objects sit in compressed object streams', async () => {
    // Made once with `qpdf --object-streams=generate` from a one-page scan of object-streams.jpg.
    const packed = join(FIXTURES, 'object-streams.pdf');
    expect(readFileSync(packed).includes('/ObjStm')).toBe(true);
    const opened = await openDocument(packed, configWith());
    const image = imageOf(await opened.page(1));
    expect(image).toMatchObject({ encoding: 'jpeg', width: 64, height: 80, channels: 1 });
    expect(image.data.equals(readFileSync(join(FIXTURES, 'object-streams.jpg')))).toBe(true);
    await opened.close();
  });

  it('reads a PDF encrypted with an owner password only, which needs no password to open', async () => {
    const opened = await openDocument(join(FIXTURES, 'owner-password-only.pdf'), configWith());
    expect(await opened.page(1)).toEqual({
      number: 1,
      source: 'text-layer',
      text: 'Ke hoach trien khai phong trao thi dua dac biet nam 2025',
    });
    await opened.close();
  });

  it('unwraps a JPEG that OCRmyPDF wrapped in Flate, below its OCR layer form', async () => {
    const pdf = buildPdf([
      { kind: 'jpeg', jpeg: scanJpeg, width: 1240, height: 1754, channels: 1, overlayText: 'x', overlayInForm: true, flateWrapped: true },
    ]);
    const opened = await openDocument(write('ocrmypdf-like.pdf', pdf), configWith());
    const image = imageOf(await opened.page(1));
    expect(image.encoding).toBe('jpeg');
    expect(image.data.equals(scanJpeg)).toBe(true);
    await opened.close();
  });

  it('turns the image of a page shown rotated, as a viewer shows it', async () => {
    const width = 400;
    const height = 600;
    const page = Buffer.alloc(width * height, 255);
    for (let y = 0; y < 100; y++) page.fill(0, y * width, y * width + 100); // black top-left corner
    const jpeg = await sharp(page, { raw: { width, height, channels: 1 } }).toColourspace('b-w').jpeg().toBuffer();
    const pdf = buildPdf([{ kind: 'jpeg', jpeg, width, height, channels: 1, rotate: 90 }]);
    const opened = await openDocument(write('landscape.pdf', pdf), configWith());
    const image = imageOf(await opened.page(1));
    expect(image).toMatchObject({ encoding: 'raw', width: height, height: width, channels: 1 });
    // Turned a quarter clockwise, the top-left corner is now top-right.
    expect(image.data[50 * height + (height - 50)]).toBeLessThan(64);
    expect(image.data[50 * height + 50]).toBeGreaterThan(192);
    await opened.close();
  });

  it('takes the invisible OCR text layer of an old scan rather than OCR it again', async () => {
    const pdf = buildPdf([{ kind: 'jpeg', jpeg: scanJpeg, width: 1240, height: 1754, channels: 1, overlayText: OCR_LAYER }]);
    const opened = await openDocument(write('ocred.pdf', pdf), configWith());
    expect(await opened.page(1)).toEqual({ number: 1, source: 'text-layer', text: OCR_LAYER });
    await opened.close();
  });

  it('OCRs a scanned page that carries only a few stray characters of text', async () => {
    const pdf = buildPdf([{ kind: 'jpeg', jpeg: scanJpeg, width: 1240, height: 1754, channels: 1, overlayText: '- 2 -' }]);
    const opened = await openDocument(write('stray.pdf', pdf), configWith());
    expect(imageOf(await opened.page(1)).encoding).toBe('jpeg');
    await opened.close();
  });

  it('decodes a Flate-compressed grey scan once, to the same raw pixels', async () => {
    const pdf = buildPdf([{ kind: 'gray', pixels: greyPixels, width: 1240, height: 1754 }]);
    const opened = await openDocument(write('flate.pdf', pdf), configWith());
    const image = imageOf(await opened.page(1));
    expect(image).toMatchObject({ encoding: 'raw', width: 1240, height: 1754, channels: 1, dpi: 150 });
    expect(image.data.equals(greyPixels)).toBe(true);
    await opened.close();
  });

  it('undoes the PNG predictors of grey and RGB images embedded the way img2pdf does', async () => {
    const width = 310;
    const height = 400;
    const rgb = Buffer.alloc(width * height * 3);
    for (let i = 0; i < rgb.length; i++) rgb[i] = ((i % 997) * 7) ^ (Math.floor(i / 911) * 3); // every row filter type
    const grey = Buffer.from(rgb.subarray(0, width * height));
    const rgbPng = await sharp(rgb, { raw: { width, height, channels: 3 } }).png({ adaptiveFiltering: true }).toBuffer();
    const greyPng = await sharp(grey, { raw: { width, height, channels: 1 } })
      .toColourspace('b-w')
      .png({ adaptiveFiltering: true })
      .toBuffer();
    const pdf = buildPdf([{ kind: 'png', png: greyPng }, { kind: 'png', png: rgbPng }]);
    const opened = await openDocument(write('img2pdf.pdf', pdf), configWith());
    const [first, second] = (await pages(opened)).map(imageOf);
    expect(first).toMatchObject({ encoding: 'raw', width, height, channels: 1, dpi: Math.round((width * 72) / A4_WIDTH_PT) });
    expect(first.data.equals(grey)).toBe(true);
    expect(second).toMatchObject({ encoding: 'raw', width, height, channels: 3 });
    expect(second.data.equals(rgb)).toBe(true);
    await opened.close();
  });

  it('expands a 1-bit scan to 8-bit grey, black staying black', async () => {
    const width = 100;
    const height = 50;
    const rowBytes = Math.ceil(width / 8);
    const packed = Buffer.alloc(rowBytes * height, 0xff); // white
    for (let x = 0; x < rowBytes; x++) packed[10 * rowBytes + x] = 0x00; // row 10 black
    const pdf = buildPdf([{ kind: 'bits', packed, width, height }]);
    const opened = await openDocument(write('bilevel.pdf', pdf), configWith());
    const image = imageOf(await opened.page(1));
    expect(image).toMatchObject({ encoding: 'raw', width, height, channels: 1 });
    expect(image.data[10 * width + 37]).toBe(0);
    expect(image.data[11 * width + 37]).toBe(255);
    await opened.close();
  });

  it('has pdfjs decode a CCITT G4 scan once, to the pixels the scanner stored', async () => {
    // fax-g4.tif: 320×200, white with a black bar over rows 60–89, columns 40–279, in one G4 strip.
    const tiff = readFileSync(join(FIXTURES, 'fax-g4.tif'));
    const width = 320;
    const height = 200;
    const expected = Buffer.alloc(width * height, 255);
    for (let y = 60; y < 90; y++) expected.fill(0, y * width + 40, y * width + 280);
    const pdf = buildPdf([{ kind: 'ccitt', data: firstTiffStrip(tiff), width, height }]);

    const opened = await openDocument(write('fax.pdf', pdf), configWith());
    const image = imageOf(await opened.page(1));
    expect(image).toMatchObject({ encoding: 'raw', width, height, channels: 1 });
    expect(image.data.equals(expected)).toBe(true);
    await opened.close();
  });

  it('decodes a JPEG 2000 scan with the WebAssembly decoder shipped in node_modules', async () => {
    // fax.jp2: the same 320×200 page as fax-g4.tif (a black bar over rows 60–89, columns 40–279).
    const pdf = buildPdf([{ kind: 'jpx', data: readFileSync(join(FIXTURES, 'fax.jp2')), width: 320, height: 200 }]);
    const opened = await openDocument(write('jpx.pdf', pdf), configWith());
    const image = imageOf(await opened.page(1));
    expect(image).toMatchObject({ encoding: 'raw', width: 320, height: 200, channels: 1 });
    expect(image.data[75 * 320 + 160]).toBeLessThan(64);
    expect(image.data[20 * 320 + 160]).toBeGreaterThan(192);
    await opened.close();
  });

  it('renders a page with vector content at the target resolution', async () => {
    const config = configWith();
    config.ocr.targetDpi = 72;
    const pdf = buildPdf([{ kind: 'vector', x: 100, y: 200, width: 300, height: 50 }]);
    const opened = await openDocument(write('vector.pdf', pdf), config);
    const image = imageOf(await opened.page(1));
    expect(image).toMatchObject({ encoding: 'raw', width: 595, height: 842, channels: 1, dpi: 72 });
    expect(image.data[225 * 595 + 250]).toBeLessThan(32); // inside the rectangle
    expect(image.data[100 * 595 + 250]).toBeGreaterThan(223); // above it
    await opened.close();
  });

  it('gives a page that draws nothing as empty text, without OCR', async () => {
    const opened = await openDocument(write('blank.pdf', buildPdf([{ kind: 'empty' }])), configWith());
    expect(await opened.page(1)).toEqual({ number: 1, source: 'text-layer', text: '' });
    await opened.close();
  });

  it('serves pages asked for all at once, each with its own number', async () => {
    const pdf = buildPdf([
      { kind: 'jpeg', jpeg: scanJpeg, width: 1240, height: 1754, channels: 1 },
      { kind: 'text', lines: [OCR_LAYER] },
      { kind: 'gray', pixels: greyPixels, width: 1240, height: 1754 },
    ]);
    const opened = await openDocument(write('three.pdf', pdf), configWith());
    const read = await pages(opened);
    expect(read.map((p) => [p.number, p.source])).toEqual([
      [1, 'ocr'],
      [2, 'text-layer'],
      [3, 'ocr'],
    ]);
    await expect(opened.page(4)).rejects.toMatchObject({ code: 'E_INPUT_CORRUPT' });
    await opened.close();
  });
});
