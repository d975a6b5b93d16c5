// Draws a laid-out page at a given resolution, skewed as a careless scan would be, with stamps and
// a signature, and returns raw RGBA pixels.
import { createCanvas } from '@napi-rs/canvas';
import { cssFont } from './fonts.js';
import { A4, type PageLayout } from './layout.js';
import type { Random } from './random.js';
import { type Stamp, drawSignature, drawStamp } from './stamp.js';

export interface RenderedPage {
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
}

export interface RenderOptions {
  dpi: number;
  skewDeg: number;
  stamps: Stamp[];
}

export function pagePixels(dpi: number): { width: number; height: number } {
  return { width: Math.round((A4.width * dpi) / 72), height: Math.round((A4.height * dpi) / 72) };
}

export function renderPage(page: PageLayout, options: RenderOptions, rng: Random): RenderedPage {
  const { width, height } = pagePixels(options.dpi);
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const paper = 255 - rng.int(0, 8);
  ctx.fillStyle = `rgb(${paper}, ${paper}, ${paper - rng.int(0, 6)})`;
  ctx.fillRect(0, 0, width, height);

  ctx.translate(width / 2, height / 2);
  ctx.rotate((options.skewDeg * Math.PI) / 180);
  ctx.translate(-width / 2, -height / 2);
  ctx.scale(options.dpi / 72, options.dpi / 72);

  const ink = rng.int(10, 45);
  ctx.fillStyle = `rgb(${ink}, ${ink}, ${ink})`;
  ctx.strokeStyle = ctx.fillStyle;
  ctx.lineWidth = 0.7;
  for (const op of page.ops) {
    if (op.kind === 'text') {
      ctx.font = cssFont(op.style, op.size);
      ctx.fillText(op.text, op.x, op.y);
    } else {
      ctx.beginPath();
      ctx.moveTo(op.x1, op.y);
      ctx.lineTo(op.x2, op.y);
      ctx.stroke();
    }
  }
  if (page.signature) drawSignature(ctx, page.signature.cx, (page.signature.top + page.signature.nameY) / 2 + 8, rng);
  for (const stamp of options.stamps) drawStamp(ctx, stamp, rng);
  return { width, height, rgba: ctx.getImageData(0, 0, width, height).data };
}
