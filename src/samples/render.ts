// Draws a laid-out page at a given resolution, skewed as a careless scan would be, with stamps and
// a signature, and returns raw RGBA pixels.
import { type SKRSContext2D, createCanvas } from '@napi-rs/canvas';
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

/** The dark band a scanner lid leaves along one edge of the sheet. */
function edgeShadow(ctx: SKRSContext2D, width: number, height: number, rng: Random): void {
  const side = rng.int(0, 3);
  const depth = (side % 2 === 0 ? width : height) * rng.float(0.01, 0.035);
  const [x0, y0, x1, y1] = [
    [0, 0, depth, 0],
    [0, 0, 0, depth],
    [width, 0, width - depth, 0],
    [0, height, 0, height - depth],
  ][side];
  const gradient = ctx.createLinearGradient(x0, y0, x1, y1);
  const shade = rng.int(60, 140);
  gradient.addColorStop(0, `rgba(${shade}, ${shade}, ${shade}, 0.9)`);
  gradient.addColorStop(1, `rgba(${shade}, ${shade}, ${shade}, 0)`);
  ctx.fillStyle = gradient;
  ctx.fillRect(Math.min(x0, x1), Math.min(y0, y1), side % 2 === 0 ? depth : width, side % 2 === 0 ? height : depth);
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

  const ink = rng.int(10, 60);
  ctx.fillStyle = `rgb(${ink}, ${ink}, ${ink})`;
  ctx.strokeStyle = ctx.fillStyle;
  // Toner spread: a worn copier thickens strokes, a fresh print does not.
  const spread = rng.chance(0.4) ? rng.float(0.1, 0.35) : 0;
  for (const op of page.ops) {
    if (op.kind === 'text') {
      ctx.font = cssFont(op.style, op.size);
      ctx.fillText(op.text, op.x, op.y);
      if (spread > 0) {
        ctx.lineWidth = spread;
        ctx.strokeText(op.text, op.x, op.y);
      }
    } else {
      ctx.lineWidth = 0.7;
      ctx.beginPath();
      ctx.moveTo(op.x1, op.y);
      ctx.lineTo(op.x2, op.y);
      ctx.stroke();
    }
  }
  if (page.signature) drawSignature(ctx, page.signature.cx, (page.signature.top + page.signature.nameY) / 2 + 8, rng);
  for (const stamp of options.stamps) drawStamp(ctx, stamp, options.dpi / 72, rng);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  if (rng.chance(0.3)) edgeShadow(ctx, width, height, rng);
  return { width, height, rgba: ctx.getImageData(0, 0, width, height).data };
}
