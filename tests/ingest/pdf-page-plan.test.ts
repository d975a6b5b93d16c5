import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PdfObjects, PdfRef, isDict } from '../../src/ingest/_internal/pdf-objects.js';
import { planPage } from '../../src/ingest/_internal/pdf-page-plan.js';
import { buildPdf, type TestPage } from './pdf-builder.js';

/** The plan for each page of a PDF built from `pages` (the builder puts the page tree in object 2). */
function plans(pages: TestPage[]): string[] {
  const objects = new PdfObjects(buildPdf(pages));
  const tree = objects.resolve(new PdfRef(2, 0));
  const kids = isDict(tree) ? (tree.get('Kids') as PdfRef[]) : [];
  return kids.map((kid) => planPage(objects, kid).kind);
}

describe('planPage', () => {
  it('chooses the cheapest way to each kind of page image', async () => {
    const grey = Buffer.alloc(64 * 80, 200);
    const jpeg = await sharp(grey, { raw: { width: 64, height: 80, channels: 1 } }).toColourspace('b-w').jpeg().toBuffer();
    const png = await sharp(grey, { raw: { width: 64, height: 80, channels: 1 } }).toColourspace('b-w').png().toBuffer();
    expect(
      plans([
        { kind: 'jpeg', jpeg, width: 64, height: 80, channels: 1 },
        { kind: 'gray', pixels: grey, width: 64, height: 80 },
        { kind: 'png', png },
        { kind: 'bits', packed: Buffer.alloc(8 * 80, 0xff), width: 64, height: 80 },
        { kind: 'vector', x: 10, y: 10, width: 50, height: 50 },
        { kind: 'text', lines: ['- 2 -'] },
        { kind: 'empty' },
      ]),
    ).toEqual(['jpeg', 'flate', 'flate', 'flate', 'render', 'render', 'blank']);
  });

  it('finds the scan under an OCR layer kept in a form, wrapped in Flate, or over a white background fill', async () => {
    const grey = Buffer.alloc(64 * 80, 200);
    const jpeg = await sharp(grey, { raw: { width: 64, height: 80, channels: 1 } }).toColourspace('b-w').jpeg().toBuffer();
    const scan = { kind: 'jpeg' as const, jpeg, width: 64, height: 80, channels: 1 as const };
    expect(
      plans([
        { ...scan, overlayText: '- 2 -', overlayInForm: true },
        { ...scan, flateWrapped: true },
        { ...scan, whiteBackground: true },
      ]),
    ).toEqual(['jpeg', 'jpeg', 'jpeg']);
  });

  it('renders a page whose content stream it cannot read', () => {
    const pdf = buildPdf([{ kind: 'gray', pixels: Buffer.alloc(16, 0), width: 4, height: 4 }]);
    // The builder writes content streams with an otherwise empty dictionary: give it a filter we do not undo.
    const objects = new PdfObjects(Buffer.from(pdf.toString('latin1').replace('<<  /Length', '<< /Filter /LZWDecode /Length'), 'latin1'));
    const tree = objects.resolve(new PdfRef(2, 0));
    const [kid] = isDict(tree) ? (tree.get('Kids') as PdfRef[]) : [];
    expect(planPage(objects, kid).kind).toBe('render');
  });
});
