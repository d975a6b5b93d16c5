import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { openDocument } from '../../src/ingest/index.js';
import type { PageContent, PageImage } from '../../src/ingest/types.js';
import { FIXTURES, configWith, tempFolder } from './files.js';

const write = tempFolder();

function imageOf(page: PageContent): PageImage {
  if (page.source !== 'ocr') throw new Error(`page ${page.number} is ${page.source}, not an image`);
  return page.image;
}

function blank(width: number, height: number, background = '#ffffff') {
  return sharp({ create: { width, height, channels: 3, background } });
}

describe('openImage', () => {
  it('passes a single JPEG through as its own bytes with the dpi it declares', async () => {
    const jpeg = await blank(850, 1100).jpeg({ quality: 60 }).withMetadata({ density: 100 }).toBuffer();
    const opened = await openDocument(write('page.jpg', jpeg), configWith());
    expect(opened.source).toMatchObject({ kind: 'image', format: 'jpeg' });
    const page = await opened.page(1);
    expect(page.source).toBe('ocr');
    if (page.source !== 'ocr') return;
    expect(page.image).toMatchObject({ encoding: 'jpeg', width: 850, height: 1100, channels: 3, dpi: 100 });
    expect(page.image.data.equals(jpeg)).toBe(true);
  });

  it('ignores a density that no real page could have', async () => {
    const png = await blank(2480, 60).png().withMetadata({ density: 72 }).toBuffer(); // would be a 34-inch page
    const page = await (await openDocument(write('strip.png', png), configWith())).page(1);
    expect(page.source === 'ocr' && page.image.dpi).toBeNull();
  });

  it('decodes an EXIF-rotated JPEG upright, to raw pixels', async () => {
    const jpeg = await blank(300, 200).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const page = await (await openDocument(write('phone.jpg', jpeg), configWith())).page(1);
    expect(page.source).toBe('ocr');
    if (page.source !== 'ocr') return;
    expect(page.image).toMatchObject({ encoding: 'raw', width: 200, height: 300 });
    expect(page.image.data.length).toBe(200 * 300 * page.image.channels);
  });

  it('reads each page of a multi-page TIFF as raw pixels', async () => {
    // two-pages-g4.tif: a white 600×800 page and a black 500×700 page, Group 4, 200 dpi.
    const opened = await openDocument(join(FIXTURES, 'two-pages-g4.tif'), configWith());
    expect(opened.source).toMatchObject({ kind: 'image', format: 'tiff' });
    expect(opened.pageCount).toBe(2);
    const [white, black] = [imageOf(await opened.page(1)), imageOf(await opened.page(2))];
    expect(white).toMatchObject({ encoding: 'raw', width: 600, height: 800, channels: 1, dpi: 200 });
    expect(black).toMatchObject({ encoding: 'raw', width: 500, height: 700, channels: 1, dpi: 200 });
    expect(black.data.length).toBe(500 * 700);
    expect(Math.max(...black.data.subarray(0, 1000))).toBe(0);
    expect(Math.min(...white.data.subarray(0, 1000))).toBe(255);
  });

  it('rejects a multi-page TIFF with more pages than the limit', async () => {
    await expect(openDocument(join(FIXTURES, 'two-pages-g4.tif'), configWith({ maxPages: 1 }))).rejects.toMatchObject({
      code: 'E_INPUT_TOO_LARGE',
    });
  });

  it('takes the dpi of a TIFF page when it describes a real page', async () => {
    // sharp takes the resolution in pixels per millimetre.
    const tiff = await blank(1700, 2200).greyscale().tiff({ compression: 'lzw', xres: 200 / 25.4, yres: 200 / 25.4 }).toBuffer();
    const page = await (await openDocument(write('letter.tif', tiff), configWith())).page(1);
    expect(page.source === 'ocr' && page.image.dpi).toBe(200);
  });

  it('reports a JPEG cut short as E_INPUT_CORRUPT', async () => {
    const jpeg = await blank(400, 400).jpeg().toBuffer();
    await expect(openDocument(write('cut.jpg', jpeg.subarray(0, jpeg.length - 200)), configWith())).rejects.toMatchObject({
      code: 'E_INPUT_CORRUPT',
    });
  });

  it('keeps the original bytes unread by checking the size from the header only', async () => {
    const png = readFileSync(write('small.png', await blank(64, 64).png().toBuffer()));
    const opened = await openDocument(write('copy.png', png), configWith({ maxPixels: 64 * 64 }));
    expect(opened.pageCount).toBe(1);
    await expect(openDocument(write('over.png', png), configWith({ maxPixels: 64 * 63 }))).rejects.toMatchObject({
      code: 'E_INPUT_TOO_LARGE',
    });
  });
});
