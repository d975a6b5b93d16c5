// PDFs through pdfjs-dist: per page, the text layer when it holds real text; otherwise the page
// image for OCR, taken as cheaply as the page allows (see _internal/pdf-page-plan.ts).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Config } from '../config.js';
import { HosoError } from '../errors.js';
import { inflateImage } from './_internal/flate-image.js';
import { PdfObjects } from './_internal/pdf-objects.js';
import { planPage, type PagePlan } from './_internal/pdf-page-plan.js';
import { isRealText, linesFromItems, type PlacedText } from './pdf-text.js';
import { repairLegacyText } from './text.js';
import type { OpenedDocument, PageContent, PageImage, SourceInfo } from './types.js';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjsLoading: Promise<Pdfjs> | undefined;
function loadPdfjs(): Promise<Pdfjs> {
  pdfjsLoading ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsLoading;
}

/** pdfjs' fonts, CMaps and WASM decoders, from node_modules: nothing is fetched. */
function pdfjsAssets(): { standardFontDataUrl: string; cMapUrl: string; wasmUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    cMapUrl: join(root, 'cmaps') + '/',
    wasmUrl: join(root, 'wasm') + '/',
  };
}

/** A PDF ends with %%EOF; readers accept it within the last KiB, we allow some trailing junk more. */
const EOF_WINDOW = 4096;

function corrupt(source: SourceInfo, detail: string, cause?: unknown): HosoError {
  return new HosoError('E_INPUT_CORRUPT', `${source.path}: ${detail}: copy it again from the original, or re-save it as PDF`, {
    cause,
  });
}

async function load(pdfjs: Pdfjs, bytes: Buffer, source: SourceInfo, config: Config): Promise<PDFDocumentProxy> {
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes), // a copy: pdfjs may take ownership of the buffer it is given
    ...pdfjsAssets(),
    cMapPacked: true,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    maxImageSize: config.limits.maxPixels,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    const name = (error as { name?: string } | null)?.name;
    if (name === 'PasswordException') {
      throw new HosoError(
        'E_PDF_ENCRYPTED',
        `${source.path}: PDF is encrypted: decrypt it first, e.g. \`qpdf --decrypt --password=PASSWORD in.pdf out.pdf\``,
        { cause: error },
      );
    }
    throw corrupt(source, `not a readable PDF (${error instanceof Error ? error.message : String(error)})`, error);
  }
}

async function textLayer(page: PDFPageProxy): Promise<string> {
  const content = await page.getTextContent();
  const viewport = page.getViewport({ scale: 1 });
  const items: PlacedText[] = [];
  for (const item of content.items) {
    if (!('str' in item)) continue;
    const [x, y] = viewport.convertToViewportPoint(item.transform[4], item.transform[5]);
    const height = item.height || Math.hypot(item.transform[2], item.transform[3]);
    items.push({ str: item.str, x, y, width: item.width, height });
  }
  return repairLegacyText(linesFromItems(items).normalize('NFC'));
}

function tooLarge(source: SourceInfo, number: number, width: number, height: number, config: Config): HosoError {
  return new HosoError(
    'E_INPUT_TOO_LARGE',
    `${source.path} page ${number} holds a ${width}×${height} image, over the ${config.limits.maxPixels}-pixel limit: downsample the PDF (e.g. \`ocrmypdf --output-type pdf --optimize 1\` or Ghostscript), or raise HOSO_MAX_PIXELS`,
  );
}

/** pdfjs image data (1-bit grey, RGB or RGBA) as raw 8-bit pixels, grey when every pixel is. */
function toRawImage(image: { width: number; height: number; kind: number; data: Uint8Array | Uint8ClampedArray }, dpi: number): PageImage {
  const { width, height, kind, data } = image;
  const pixels = width * height;
  if (kind === 1) {
    // GRAYSCALE_1BPP: rows padded to whole bytes, a set bit is white.
    const rowBytes = (width + 7) >> 3;
    const grey = Buffer.alloc(pixels);
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        grey[y * width + x] = (data[y * rowBytes + (x >> 3)] >> (7 - (x & 7))) & 1 ? 255 : 0;
      }
    }
    return { data: grey, encoding: 'raw', width, height, channels: 1, dpi };
  }
  const step = kind === 3 ? 4 : 3;
  let isGrey = true;
  for (let i = 0; i < pixels * step && isGrey; i += step) {
    isGrey = data[i] === data[i + 1] && data[i] === data[i + 2];
  }
  if (isGrey) {
    const grey = Buffer.alloc(pixels);
    for (let p = 0; p < pixels; p++) grey[p] = data[p * step];
    return { data: grey, encoding: 'raw', width, height, channels: 1, dpi };
  }
  const buffer = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  return { data: buffer, encoding: 'raw', width, height, channels: step as 3 | 4, dpi };
}

async function embeddedPixels(page: PDFPageProxy, pdfjs: Pdfjs, dpi: number): Promise<PageImage | undefined> {
  const ops = await page.getOperatorList();
  const at = ops.fnArray.indexOf(pdfjs.OPS.paintImageXObject);
  if (at < 0) return undefined;
  const id = ops.argsArray[at][0] as string;
  const store = id.startsWith('g_') ? page.commonObjs : page.objs;
  const image = (await new Promise((resolve) => store.get(id, resolve))) as {
    width: number;
    height: number;
    kind: number;
    data?: Uint8Array | Uint8ClampedArray;
  } | null;
  if (!image?.data) return undefined;
  return toRawImage({ ...image, data: image.data }, dpi);
}

async function render(page: PDFPageProxy, config: Config): Promise<PageImage> {
  const { createCanvas } = await import('@napi-rs/canvas');
  const base = page.getViewport({ scale: 1 });
  let scale = config.ocr.targetDpi / 72;
  // A poster-sized page at the target resolution would pass the pixel limit: render it smaller.
  const pixelsAtScale = base.width * base.height * scale * scale;
  if (pixelsAtScale > config.limits.maxPixels) scale *= Math.sqrt(config.limits.maxPixels / pixelsAtScale);
  const viewport = page.getViewport({ scale });
  const width = Math.floor(viewport.width);
  const height = Math.floor(viewport.height);
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  type RenderParameters = Parameters<PDFPageProxy['render']>[0];
  await page.render({
    // @napi-rs/canvas implements the part of the DOM canvas that pdfjs uses.
    canvas: canvas as unknown as RenderParameters['canvas'],
    canvasContext: context as unknown as RenderParameters['canvasContext'],
    viewport,
  }).promise;
  const rgba = context.getImageData(0, 0, width, height).data;
  const grey = Buffer.alloc(width * height);
  for (let p = 0; p < grey.length; p++) {
    // ITU-R BT.601 luma: what OCR binarizes on.
    grey[p] = (rgba[p * 4] * 299 + rgba[p * 4 + 1] * 587 + rgba[p * 4 + 2] * 114) / 1000;
  }
  return { data: grey, encoding: 'raw', width, height, channels: 1, dpi: Math.round(scale * 72) };
}

/** A page shown turned (/Rotate): turn its image the same way, clockwise, decoding it once. */
async function rotated(image: PageImage, degrees: number): Promise<PageImage> {
  const { default: sharp } = await import('sharp');
  const input =
    image.encoding === 'raw'
      ? sharp(image.data, { raw: { width: image.width, height: image.height, channels: image.channels } })
      : sharp(image.data);
  const turned = input.rotate(((degrees % 360) + 360) % 360);
  // sharp widens grey to RGB on output unless told to keep it.
  const { data, info } = await (image.channels === 1 ? turned.toColourspace('b-w') : turned)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const channels = info.channels as PageImage['channels'];
  return { data, encoding: 'raw', width: info.width, height: info.height, channels, dpi: image.dpi };
}

function dpiOf(plan: Extract<PagePlan, { width: number }>): number {
  return Math.round((plan.width * 72) / plan.drawnWidth);
}

export async function openPdf(bytes: Buffer, source: SourceInfo, config: Config): Promise<OpenedDocument> {
  const tail = bytes.subarray(Math.max(0, bytes.length - EOF_WINDOW));
  if (tail.indexOf('%%EOF', 0, 'latin1') < 0) {
    throw corrupt(source, 'PDF is truncated (it has no end-of-file marker)');
  }
  const pdfjs = await loadPdfjs();
  const doc = await load(pdfjs, bytes, source, config);
  if (doc.numPages > config.limits.maxPages) {
    await doc.destroy();
    throw new HosoError(
      'E_INPUT_TOO_LARGE',
      `${source.path} has ${doc.numPages} pages, over the ${config.limits.maxPages} limit: split it (e.g. \`qpdf --split-pages=100 in.pdf out.pdf\`), or raise HOSO_MAX_PAGES`,
    );
  }
  // Streams of an encrypted file are ciphertext: only pdfjs, which decrypts, may read them.
  const objects = bytes.indexOf('/Encrypt', 0, 'latin1') < 0 ? new PdfObjects(bytes) : undefined;
  // One page at a time: pdfjs runs on this thread, and decoded pages are large.
  let queue: Promise<unknown> = Promise.resolve();

  /** The page's embedded image, as stored (before the page's /Rotate): cheapest first. */
  async function embeddedImage(page: PDFPageProxy, plan: Extract<PagePlan, { width: number }>): Promise<PageImage | undefined> {
    const { width, height } = plan;
    const dpi = dpiOf(plan);
    if (plan.kind === 'jpeg') return { data: plan.data, encoding: 'jpeg', width, height, channels: plan.channels, dpi };
    const pixels = plan.kind === 'flate' ? inflateImage(plan.image) : undefined;
    if (pixels) return { ...pixels, encoding: 'raw', width, height, dpi };
    return embeddedPixels(page, pdfjs, dpi);
  }

  /** The page's image for OCR, taken the cheapest way its plan allows; null for a page that draws nothing. */
  async function pageImage(page: PDFPageProxy, number: number): Promise<PageImage | null> {
    const plan: PagePlan = objects && page.ref ? planPage(objects, page.ref) : { kind: 'render', reason: 'encrypted or no page object' };
    if (plan.kind === 'blank') return null;
    if (plan.kind === 'render') return render(page, config);
    if (plan.width * plan.height > config.limits.maxPixels) throw tooLarge(source, number, plan.width, plan.height, config);
    const image = await embeddedImage(page, plan);
    if (!image) return render(page, config);
    return page.rotate % 360 === 0 ? image : rotated(image, page.rotate);
  }

  async function readPage(number: number): Promise<PageContent> {
    let page: PDFPageProxy;
    try {
      page = await doc.getPage(number);
    } catch (error) {
      throw corrupt(source, `page ${number} cannot be read (${error instanceof Error ? error.message : String(error)})`, error);
    }
    try {
      const text = await textLayer(page);
      if (isRealText(text)) return { number, source: 'text-layer', text };
      const image = await pageImage(page, number);
      return image ? { number, source: 'ocr', image } : { number, source: 'text-layer', text: '' };
    } catch (error) {
      if (error instanceof HosoError) throw error;
      throw corrupt(source, `page ${number} cannot be read (${error instanceof Error ? error.message : String(error)})`, error);
    } finally {
      page.cleanup();
    }
  }

  return {
    source,
    pageCount: doc.numPages,
    page(number: number) {
      if (!Number.isInteger(number) || number < 1 || number > doc.numPages) {
        return Promise.reject(new HosoError('E_INPUT_CORRUPT', `${source.path} has ${doc.numPages} page(s); page ${number} does not exist`));
      }
      const result = queue.then(() => readPage(number));
      queue = result.catch(() => undefined);
      return result;
    },
    async close() {
      await doc.destroy();
    },
  };
}
