// Scan damage on a rendered page: uneven light, sensor noise, speckles, blur, then JPEG.
import sharp from 'sharp';
import type { Random } from './random.js';
import type { RenderedPage } from './render.js';

export interface ScanDamage {
  /** Gaussian blur sigma in pixels; below 0.3 none. */
  blur: number;
  /** Standard deviation of the pixel noise, in grey levels. */
  noise: number;
  /** How much darker the dimmest corner is than the brightest spot, 0–1. */
  unevenLight: number;
  jpegQuality: number;
  dpi: number;
}

export function randomDamage(rng: Random, dpi: number): ScanDamage {
  return {
    blur: rng.float(0.3, 1.1),
    noise: rng.float(2, 8),
    unevenLight: rng.float(0.04, 0.22),
    jpegQuality: rng.int(35, 85),
    dpi,
  };
}

/** Darkens the page away from a bright spot, adds noise and dust, in place. */
function damagePixels(page: RenderedPage, damage: ScanDamage, rng: Random): void {
  const { width, height, rgba } = page;
  const bx = rng.float(0, width);
  const by = rng.float(0, height);
  const reach = (width * width + height * height) * rng.float(0.8, 1.4);
  // A table of gaussian deviates, indexed by a cheap generator, keeps 8 megapixels fast.
  const table = new Float32Array(4096);
  for (let i = 0; i < table.length; i++) table[i] = rng.gaussian() * damage.noise;
  let state = rng.int(1, 0x7fffffff);
  for (let y = 0; y < height; y++) {
    const dy = (y - by) * (y - by);
    for (let x = 0; x < width; x++) {
      const light = 1 - (damage.unevenLight * ((x - bx) * (x - bx) + dy)) / reach;
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      const n = table[state >>> 20];
      const i = (y * width + x) * 4;
      rgba[i] = rgba[i] * light + n;
      rgba[i + 1] = rgba[i + 1] * light + n;
      rgba[i + 2] = rgba[i + 2] * light + n;
    }
  }
  const dust = rng.int(20, 200);
  for (let k = 0; k < dust; k++) {
    const x = rng.int(0, width - 3);
    const y = rng.int(0, height - 3);
    const size = rng.int(1, 3);
    const grey = rng.int(40, 140);
    for (let yy = y; yy < y + size; yy++) {
      for (let xx = x; xx < x + size; xx++) {
        const i = (yy * width + xx) * 4;
        rgba[i] = rgba[i + 1] = rgba[i + 2] = grey;
      }
    }
  }
}

/**
 * The JPEG with a JFIF header carrying its resolution, put right after the start marker:
 * sharp's `withMetadata` would turn a grey image back into three channels, and without it
 * sharp writes no JFIF header.
 */
function withJfifDensity(jpeg: Buffer, dpi: number): Buffer {
  const app0 = Buffer.alloc(18);
  app0.writeUInt16BE(0xffe0, 0);
  app0.writeUInt16BE(16, 2);
  app0.write('JFIF\0', 4, 'latin1');
  app0.writeUInt16BE(0x0101, 9); // version 1.01
  app0[11] = 1; // units: dots per inch
  app0.writeUInt16BE(dpi, 12);
  app0.writeUInt16BE(dpi, 14);
  return Buffer.concat([jpeg.subarray(0, 2), app0, jpeg.subarray(2)]);
}

/** The damaged page as a baseline JPEG carrying its resolution: colour, or one channel of grey. */
export async function scanToJpeg(page: RenderedPage, damage: ScanDamage, rng: Random, grey = false): Promise<Buffer> {
  damagePixels(page, damage, rng);
  let image = sharp(Buffer.from(page.rgba.buffer, page.rgba.byteOffset, page.rgba.byteLength), {
    raw: { width: page.width, height: page.height, channels: 4 },
  }).removeAlpha();
  if (damage.blur >= 0.3) image = image.blur(damage.blur);
  const jpeg = { quality: damage.jpegQuality, chromaSubsampling: '4:2:0', mozjpeg: false } as const;
  if (grey) return withJfifDensity(await image.toColourspace('b-w').jpeg(jpeg).toBuffer(), damage.dpi);
  return image.jpeg(jpeg).withMetadata({ density: damage.dpi }).toBuffer();
}
