// Flate-compressed image pixels, inflated by zlib (native, several times faster than pdfjs'
// JavaScript inflate) with PNG predictors undone: the form img2pdf and many scanners use.
import { inflateSync } from 'node:zlib';

export interface FlateImage {
  compressed: Buffer;
  width: number;
  height: number;
  /** 1 (grey) or 3 (RGB). */
  colors: 1 | 3;
  /** 1 (bilevel) or 8. */
  bits: 1 | 8;
  /** PDF /Predictor: 1 none, 10–15 PNG. */
  predictor: number;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Undo PNG row filters: each row starts with its filter type byte. */
function unpredictPng(data: Buffer, rowBytes: number, pixelBytes: number, rows: number): Buffer | undefined {
  if (data.length < (rowBytes + 1) * rows) return undefined;
  const out = Buffer.alloc(rowBytes * rows);
  for (let y = 0; y < rows; y++) {
    const filter = data[y * (rowBytes + 1)];
    const src = y * (rowBytes + 1) + 1;
    const dst = y * rowBytes;
    const up = dst - rowBytes;
    for (let x = 0; x < rowBytes; x++) {
      const left = x >= pixelBytes ? out[dst + x - pixelBytes] : 0;
      const above = y > 0 ? out[up + x] : 0;
      const upperLeft = y > 0 && x >= pixelBytes ? out[up + x - pixelBytes] : 0;
      const raw = data[src + x];
      let value: number;
      if (filter === 0) value = raw;
      else if (filter === 1) value = raw + left;
      else if (filter === 2) value = raw + above;
      else if (filter === 3) value = raw + ((left + above) >> 1);
      else if (filter === 4) value = raw + paeth(left, above, upperLeft);
      else return undefined;
      out[dst + x] = value & 0xff;
    }
  }
  return out;
}

/** Raw 8-bit pixels of a Flate image, or undefined when its data does not hold what its dictionary says. */
export function inflateImage(image: FlateImage): { data: Buffer; channels: 1 | 3 } | undefined {
  const { width, height, colors, bits, predictor } = image;
  let data: Buffer;
  try {
    data = inflateSync(image.compressed);
  } catch {
    return undefined;
  }
  const rowBytes = Math.ceil((width * colors * bits) / 8);
  if (predictor >= 10) {
    const unpredicted = unpredictPng(data, rowBytes, Math.max(1, (colors * bits) >> 3), height);
    if (!unpredicted) return undefined;
    data = unpredicted;
  } else if (predictor !== 1) {
    return undefined; // TIFF predictor 2: rare in scans, left to pdfjs
  }
  if (data.length < rowBytes * height) return undefined;
  if (bits === 8) return { data: data.subarray(0, rowBytes * height), channels: colors };
  // 1 bit per pixel, DeviceGray: 0 is black, 1 is white.
  const grey = Buffer.alloc(width * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      grey[y * width + x] = (data[y * rowBytes + (x >> 3)] >> (7 - (x & 7))) & 1 ? 255 : 0;
    }
  }
  return { data: grey, channels: 1 };
}
