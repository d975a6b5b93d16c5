// Decides how to get a page image out of a PDF page cheaply: a page that paints exactly one
// upright image and nothing else is a scan, and its image is the page. A JPEG image goes out
// as its own bytes (no decode), a Flate one is inflated by zlib, other single images are
// decoded once by pdfjs; anything else (vector shapes, several images, a rotated or flipped
// image) is rendered; a page that draws nothing is blank. The page's own /Rotate is the caller's.
// Forms are followed, so the text-only form of an OCR layer does not hide the scan beneath.
import { inflateSync } from 'node:zlib';
import {
  PdfLexer,
  PdfOperator,
  PdfRef,
  decodeStream,
  filtersOf,
  isStream,
  nameOf,
  type PdfDict,
  type PdfObjects,
  type PdfStream,
  type PdfValue,
} from './pdf-objects.js';
import type { FlateImage } from './flate-image.js';

export type PagePlan =
  /** One JPEG: its bytes as stored. `drawnWidth` is the painted width in points. */
  | { kind: 'jpeg'; data: Buffer; width: number; height: number; channels: 1 | 3; drawnWidth: number }
  /** One Flate image of 8-bit grey/RGB or 1-bit grey: zlib inflates it. */
  | { kind: 'flate'; image: FlateImage; width: number; height: number; drawnWidth: number }
  /** One image in another encoding (CCITT, JBIG2, JPEG 2000, CMYK JPEG, indexed colour): ask pdfjs for its pixels. */
  | { kind: 'pixels'; width: number; height: number; drawnWidth: number }
  /** Nothing is drawn: no image, no shape, no text. */
  | { kind: 'blank' }
  | { kind: 'render'; reason: string };

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

/** Operators that paint vector shapes; a scan has none but, at most, a white background fill. */
const PAINT_OPS = new Set(['f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'S', 's', 'sh']);
const FILL_OPS = new Set(['f', 'F', 'f*']);

/** Whether a fill-colour operator (g, rg, k) with these operands sets white. */
function isWhiteFill(op: string, operands: (PdfValue | undefined)[]): boolean | undefined {
  const n = op === 'g' ? 1 : op === 'rg' ? 3 : op === 'k' ? 4 : 0;
  if (n === 0 || operands.length < n) return undefined;
  const values = operands.slice(-n);
  return op === 'k' ? values.every((v) => v === 0) : values.every((v) => v === 1);
}
/** Operators that show text. */
const TEXT_OPS = new Set(['Tj', 'TJ', "'", '"']);
/** Colour spaces whose JPEGs any decoder shows as PDF readers do. */
const PLAIN_SPACES = new Set(['DeviceGray', 'DeviceRGB', 'CalGray', 'CalRGB', 'G', 'RGB']);

/** Resources of a page, inherited from its parents when the page has none. */
function pageResources(page: PdfDict, objects: PdfObjects): PdfDict | undefined {
  let node: PdfDict | undefined = page;
  for (let depth = 0; node && depth < 32; depth++) {
    const resources = objects.dict(node.get('Resources'));
    if (resources) return resources;
    node = objects.dict(node.get('Parent'));
  }
  return undefined;
}

function contentBytes(page: PdfDict, objects: PdfObjects): Buffer | undefined {
  const contents = objects.resolve(page.get('Contents'));
  const parts = Array.isArray(contents) ? contents.map((c) => objects.resolve(c)) : [contents];
  const decoded: Buffer[] = [];
  for (const part of parts) {
    if (part === undefined || part === null) continue;
    if (!isStream(part)) return undefined;
    const data = decodeStream(part, objects);
    if (!data) return undefined;
    decoded.push(data, Buffer.from('\n'));
  }
  return Buffer.concat(decoded);
}

/** Size and components from a JPEG's start-of-frame header. */
export function jpegFrame(data: Buffer): { width: number; height: number; components: number } | undefined {
  if (data[0] !== 0xff || data[1] !== 0xd8) return undefined;
  let at = 2;
  while (at + 9 < data.length) {
    if (data[at] !== 0xff) return undefined;
    const marker = data[at + 1];
    if (marker === 0xff) {
      at++;
      continue;
    }
    const length = data.readUInt16BE(at + 2);
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isFrame) {
      return { height: data.readUInt16BE(at + 5), width: data.readUInt16BE(at + 7), components: data[at + 9] };
    }
    at += 2 + length;
  }
  return undefined;
}

function colourSpaceName(dict: PdfDict, objects: PdfObjects): string | undefined {
  const space = objects.resolve(dict.get('ColorSpace') ?? dict.get('CS'));
  if (!Array.isArray(space)) return nameOf(space);
  const family = nameOf(objects.resolve(space[0]));
  if (family !== 'ICCBased') return family;
  const profile = objects.resolve(space[1]);
  const n = isStream(profile) ? objects.resolve(profile.dict.get('N')) : undefined;
  return n === 1 ? 'DeviceGray' : n === 3 ? 'DeviceRGB' : 'ICCBased';
}

const DCT = new Set(['DCTDecode', 'DCT']);
const FLATE = new Set(['FlateDecode', 'Fl']);

/** The JPEG bytes of a DCT image, also when a Flate layer wraps them (as OCRmyPDF's optimizer writes). */
function jpegBytes(filters: string[], raw: Buffer): Buffer | undefined {
  if (filters.length === 1 && DCT.has(filters[0])) return raw;
  if (filters.length === 2 && FLATE.has(filters[0]) && DCT.has(filters[1])) {
    try {
      return inflateSync(raw);
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function jpegPlan(image: PdfDict, raw: Buffer, objects: PdfObjects, drawnWidth: number): PagePlan | undefined {
  // DecodeParms can only carry /ColorTransform, which overrides what the JPEG's own markers say.
  if (image.has('Decode') || image.has('SMask') || image.has('Mask') || image.has('DecodeParms')) return undefined;
  const space = colourSpaceName(image, objects);
  if (!space || !PLAIN_SPACES.has(space)) return undefined;
  const data = jpegBytes(filtersOf(image, objects), raw);
  if (!data) return undefined;
  const frame = jpegFrame(data);
  if (!frame || (frame.components !== 1 && frame.components !== 3)) return undefined;
  return { kind: 'jpeg', data, width: frame.width, height: frame.height, channels: frame.components, drawnWidth };
}

function flatePlan(image: PdfDict, raw: Buffer, objects: PdfObjects, drawnWidth: number): PagePlan | undefined {
  const filters = filtersOf(image, objects);
  if (filters.length !== 1 || !FLATE.has(filters[0])) return undefined;
  if (image.has('Decode') || image.has('SMask') || image.has('Mask')) return undefined;
  const space = colourSpaceName(image, objects);
  const colors = space === 'DeviceGray' || space === 'CalGray' || space === 'G' ? 1 : space && PLAIN_SPACES.has(space) ? 3 : 0;
  const bits = objects.resolve(image.get('BitsPerComponent'));
  const width = objects.resolve(image.get('Width'));
  const height = objects.resolve(image.get('Height'));
  if (colors === 0 || !(bits === 8 || (bits === 1 && colors === 1))) return undefined;
  if (typeof width !== 'number' || typeof height !== 'number') return undefined;
  const parms = objects.dict(image.get('DecodeParms'));
  const parm = (key: string, fallback: number): PdfValue | undefined => (parms?.has(key) ? objects.resolve(parms.get(key)) : fallback);
  const predictor = parm('Predictor', 1);
  if (typeof predictor !== 'number' || parm('Colors', 1) !== colors || parm('BitsPerComponent', 8) !== (predictor > 1 ? bits : 8)) {
    return undefined;
  }
  if (predictor > 1 && parm('Columns', 1) !== width) return undefined;
  return {
    kind: 'flate',
    image: { compressed: raw, width, height, colors, bits, predictor },
    width,
    height,
    drawnWidth,
  };
}

/** What a content stream draws, forms followed into: the images it paints, and whether it shows text. */
interface Drawing {
  images: { image: PdfStream; ctm: Matrix }[];
  showsText: boolean;
}

/** Forms nest rarely deeper than an OCR layer inside a page wrapper. */
const MAX_FORM_DEPTH = 4;

/** Walk a content stream; a reason string means the page must be rendered. */
function walk(content: Buffer, resources: PdfDict | undefined, start: Matrix, objects: PdfObjects, drawing: Drawing, depth: number): string | undefined {
  const xobjects = objects.dict(resources?.get('XObject'));
  const lexer = new PdfLexer(content);
  const operands: (PdfValue | undefined)[] = [];
  const stack: { ctm: Matrix; whiteFill: boolean }[] = [];
  let ctm = start;
  let whiteFill = false;
  for (let token = lexer.next(); token !== undefined; token = lexer.next()) {
    if (!(token instanceof PdfOperator)) {
      operands.push(token);
      continue;
    }
    const op = token.op;
    const fill = isWhiteFill(op, operands);
    if (op === 'q') stack.push({ ctm, whiteFill });
    else if (op === 'Q') ({ ctm, whiteFill } = stack.pop() ?? { ctm, whiteFill });
    else if (fill !== undefined) whiteFill = fill;
    else if (op === 'cm' && operands.length >= 6 && operands.slice(-6).every((v) => typeof v === 'number')) {
      ctm = multiply(operands.slice(-6) as Matrix, ctm);
    } else if (op === 'Do') {
      const target = objects.resolve(xobjects?.get(nameOf(operands[operands.length - 1]) ?? ''));
      if (!isStream(target)) return 'painted object not found';
      const subtype = nameOf(target.dict.get('Subtype'));
      if (subtype === 'Image') drawing.images.push({ image: target, ctm });
      else if (subtype === 'Form' && depth < MAX_FORM_DEPTH) {
        // A form (an OCR text layer, a wrapped page) draws whatever its own content draws.
        const body = decodeStream(target, objects);
        if (!body) return 'form content not readable';
        const matrix = objects.resolve(target.dict.get('Matrix'));
        const formCtm = Array.isArray(matrix) && matrix.length === 6 && matrix.every((v) => typeof v === 'number')
          ? multiply(matrix as Matrix, ctm)
          : ctm;
        const reason = walk(body, objects.dict(target.dict.get('Resources')) ?? resources, formCtm, objects, drawing, depth + 1);
        if (reason) return reason;
      } else return 'unknown painted object';
    } else if (op === 'BI') return 'inline image';
    else if (PAINT_OPS.has(op) && !(FILL_OPS.has(op) && whiteFill)) return 'vector graphics';
    else if (TEXT_OPS.has(op)) drawing.showsText = true;
    operands.length = 0;
  }
  return undefined;
}

/** How to get page `ref`'s image; never throws: what it cannot read, it renders. */
export function planPage(objects: PdfObjects, ref: { num: number; gen: number }): PagePlan {
  try {
    const page = objects.dict(new PdfRef(ref.num, ref.gen));
    if (!page) return { kind: 'render', reason: 'page object not found' };
    const content = contentBytes(page, objects);
    if (!content) return { kind: 'render', reason: 'content stream not readable' };
    const drawing: Drawing = { images: [], showsText: false };
    const reason = walk(content, pageResources(page, objects), [1, 0, 0, 1, 0, 0], objects, drawing, 0);
    if (reason) return { kind: 'render', reason };
    if (drawing.images.length === 0 && !drawing.showsText) return { kind: 'blank' };
    if (drawing.images.length !== 1) return { kind: 'render', reason: `${drawing.images.length} images painted` };
    const [{ image, ctm: at }] = drawing.images;
    if (Math.abs(at[1]) > 1e-6 || Math.abs(at[2]) > 1e-6 || at[0] <= 0 || at[3] <= 0) {
      return { kind: 'render', reason: 'image is rotated or flipped' };
    }
    if (objects.resolve(image.dict.get('ImageMask')) === true) return { kind: 'render', reason: 'image mask' };
    const width = objects.resolve(image.dict.get('Width'));
    const height = objects.resolve(image.dict.get('Height'));
    if (typeof width !== 'number' || typeof height !== 'number') return { kind: 'render', reason: 'image without size' };
    return (
      jpegPlan(image.dict, image.raw, objects, at[0]) ??
      flatePlan(image.dict, image.raw, objects, at[0]) ?? { kind: 'pixels', width, height, drawnWidth: at[0] }
    );
  } catch (error) {
    return { kind: 'render', reason: `unreadable structure (${error instanceof Error ? error.message : String(error)})` };
  }
}
