// PNG, JPEG and TIFF through sharp. Sizes come from the header and are checked before any
// decoding; a single JPEG or PNG goes to OCR as its own bytes, everything else as raw pixels.
import sharp from 'sharp';
import type { Config } from '../config.js';
import { HosoError } from '../errors.js';
import type { OpenedDocument, PageImage, SourceInfo } from './types.js';

/** Paper between a business card and A2: a density implying a page outside it is not a real one. */
const MIN_PAGE_INCHES = 2;
const MAX_PAGE_INCHES = 24;

/** Resolution from the file, when it is one a scanned page could have. */
export function plausibleDpi(density: number | undefined, width: number): number | null {
  if (!density || density <= 0) return null;
  const inches = width / density;
  return inches >= MIN_PAGE_INCHES && inches <= MAX_PAGE_INCHES ? Math.round(density) : null;
}

function channelCount(n: number | undefined): PageImage['channels'] {
  return n === 1 || n === 2 || n === 3 || n === 4 ? n : 3;
}

/** How far from the end the end marker may sit: some cameras and editors append trailers. */
const END_MARKER_WINDOW = 64 * 1024;

/** A JPEG ends with EOI, a PNG with IEND: a copy cut short lacks them. */
function truncated(bytes: Buffer, format: string): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - END_MARKER_WINDOW));
  if (format === 'jpeg') return tail.indexOf(Buffer.from([0xff, 0xd9])) < 0;
  if (format === 'png') return tail.indexOf('IEND', 0, 'latin1') < 0;
  return false;
}

function corrupt(source: SourceInfo, error: unknown): HosoError {
  const reason = error instanceof Error ? error.message : String(error);
  return new HosoError(
    'E_INPUT_CORRUPT',
    `${source.path} is not a readable ${source.format.toUpperCase()} image (${reason}): copy it again from the original or re-export it`,
    { cause: error },
  );
}

async function header(bytes: Buffer, page: number, source: SourceInfo): Promise<sharp.Metadata> {
  try {
    // The header alone: no pixel is decoded here, so the pixel limit is applied by us, below.
    return await sharp(bytes, { page, limitInputPixels: false }).metadata();
  } catch (error) {
    throw corrupt(source, error);
  }
}

function checkPixels(meta: Pick<sharp.Metadata, 'width' | 'height'>, page: number, source: SourceInfo, config: Config): void {
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width < 1 || height < 1) throw corrupt(source, new Error(`page ${page} has no size in its header`));
  if (width * height > config.limits.maxPixels) {
    throw new HosoError(
      'E_INPUT_TOO_LARGE',
      `${source.path}${page > 1 ? ` page ${page}` : ''} claims ${width}×${height} pixels, over the ${config.limits.maxPixels} limit: downsample it (300 dpi is enough for OCR), or raise HOSO_MAX_PIXELS`,
    );
  }
}

async function decodeToRaw(bytes: Buffer, meta: sharp.Metadata, page: number, source: SourceInfo, config: Config): Promise<PageImage> {
  const dpi = plausibleDpi(meta.density, meta.width ?? 0);
  try {
    const upright = sharp(bytes, { page: page - 1, limitInputPixels: config.limits.maxPixels }).rotate(); // EXIF orientation
    // sharp widens grey (and bilevel) pages to RGB on output unless told to keep them grey.
    const { data, info } = await (meta.channels === 1 ? upright.toColourspace('b-w') : upright)
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { data, encoding: 'raw', width: info.width, height: info.height, channels: channelCount(info.channels), dpi };
  } catch (error) {
    if (error instanceof Error && /pixel limit/iu.test(error.message)) {
      throw new HosoError('E_INPUT_TOO_LARGE', `${source.path}: ${error.message}: downsample it, or raise HOSO_MAX_PIXELS`, {
        cause: error,
      });
    }
    throw corrupt(source, error);
  }
}

/** A PNG's size straight from its IHDR, so a header claiming billions of pixels is refused even when the rest is missing. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  if (bytes.length < 24 || bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

export async function openImage(bytes: Buffer, source: SourceInfo, config: Config): Promise<OpenedDocument> {
  const claimed = source.format === 'png' ? pngSize(bytes) : null;
  if (claimed) checkPixels(claimed, 1, source, config);
  const first = await header(bytes, 0, source);
  const pageCount = source.format === 'tiff' ? Math.max(1, first.pages ?? 1) : 1;
  if (pageCount > config.limits.maxPages) {
    throw new HosoError(
      'E_INPUT_TOO_LARGE',
      `${source.path} has ${pageCount} pages, over the ${config.limits.maxPages} limit: split it, or raise HOSO_MAX_PAGES`,
    );
  }
  checkPixels(first, 1, source, config);
  if (truncated(bytes, source.format)) {
    throw corrupt(source, new Error('the file ends before the image does'));
  }
  // An upright JPEG or PNG is already what OCR can read: pass its bytes, decode nothing here.
  const passThrough = (source.format === 'jpeg' || source.format === 'png') && (first.orientation ?? 1) === 1;

  return {
    source,
    pageCount,
    async page(number: number) {
      if (!Number.isInteger(number) || number < 1 || number > pageCount) {
        throw new HosoError('E_INPUT_CORRUPT', `${source.path} has ${pageCount} page(s); page ${number} does not exist`);
      }
      const meta = number === 1 ? first : await header(bytes, number - 1, source);
      checkPixels(meta, number, source, config);
      if (passThrough) {
        const image: PageImage = {
          data: bytes,
          encoding: source.format as 'jpeg' | 'png',
          width: meta.width ?? 0,
          height: meta.height ?? 0,
          channels: channelCount(meta.channels),
          dpi: plausibleDpi(meta.density, meta.width ?? 0),
        };
        return { number, source: 'ocr', image };
      }
      return { number, source: 'ocr', image: await decodeToRaw(bytes, meta, number, source, config) };
    },
    async close() {},
  };
}
