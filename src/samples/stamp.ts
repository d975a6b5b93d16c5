// The red seal of the issuing body: two rings, the body's name around the rim and a star in the middle.
import { type SKRSContext2D, createCanvas } from '@napi-rs/canvas';
import { cssFont, measure } from './fonts.js';
import type { Random } from './random.js';
import { MM } from './typeset.js';

export interface Stamp {
  cx: number;
  cy: number;
  /** Outer radius in points. */
  radius: number;
  text: string;
  /** Rotation of the whole seal, radians. */
  angle: number;
}

function star(ctx: SKRSContext2D, r: number): void {
  ctx.beginPath();
  for (let i = 0; i < 10; i++) {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const rr = i % 2 === 0 ? r : r * 0.4;
    ctx.lineTo(rr * Math.cos(a), rr * Math.sin(a));
  }
  ctx.closePath();
  ctx.fill();
}

/** The seal itself, centred on the origin, in points. */
function drawSeal(ctx: SKRSContext2D, stamp: Stamp): void {
  const R = stamp.radius;
  ctx.lineWidth = 1.1 * MM;
  ctx.beginPath();
  ctx.arc(0, 0, R, 0, 2 * Math.PI);
  ctx.stroke();
  ctx.lineWidth = 0.45 * MM;
  ctx.beginPath();
  ctx.arc(0, 0, R - 6.5 * MM, 0, 2 * Math.PI);
  ctx.stroke();

  // Letters around the rim, clockwise, centred on the top, over 300°: a long name gets smaller letters.
  const letters = [...`${stamp.text} *`];
  const span = (2 * Math.PI * 300) / 360;
  const advance = (size: number): number => letters.reduce((sum, ch) => sum + measure(ch, 'stamp', size) * 1.08, 0);
  const rim = (size: number): number => R - 1.1 * MM - size * 0.95;
  let size = 3.4 * MM;
  while (size > 2 * MM && advance(size) / rim(size) > span) size -= 0.1 * MM;
  const rimRadius = rim(size);
  const spread = span / (advance(size) / rimRadius);
  ctx.font = cssFont('stamp', size);
  let a = -span / 2;
  for (const ch of letters) {
    const step = (measure(ch, 'stamp', size) * 1.08 * spread) / rimRadius;
    ctx.save();
    ctx.rotate(a + step / 2);
    ctx.fillText(ch, -measure(ch, 'stamp', size) / 2, -rimRadius);
    ctx.restore();
    a += step;
  }
  star(ctx, 4.5 * MM);
}

/**
 * Draws the seal (the caller's context is in points, `pixelsPerPoint` to the page), inked
 * unevenly: pressed harder on one side, with specks where the pad was dry. Multiplies over
 * the ink below, as a red seal over black text does.
 */
export function drawStamp(ctx: SKRSContext2D, stamp: Stamp, pixelsPerPoint: number, rng: Random): void {
  const half = stamp.radius + MM;
  const side = Math.ceil(2 * half * pixelsPerPoint);
  const seal = createCanvas(side, side);
  const s = seal.getContext('2d');
  s.scale(pixelsPerPoint, pixelsPerPoint);
  s.translate(half, half);
  s.rotate(stamp.angle);
  const red = `rgb(${rng.int(190, 225)}, ${rng.int(20, 50)}, ${rng.int(30, 60)})`;
  s.strokeStyle = red;
  s.fillStyle = red;
  drawSeal(s, stamp);

  s.setTransform(1, 0, 0, 1, 0, 0);
  s.globalCompositeOperation = 'destination-out';
  const light = rng.float(0, 2 * Math.PI);
  const fade = s.createLinearGradient(
    side / 2 + (Math.cos(light) * side) / 2, side / 2 + (Math.sin(light) * side) / 2,
    side / 2 - (Math.cos(light) * side) / 2, side / 2 - (Math.sin(light) * side) / 2,
  );
  fade.addColorStop(0, `rgba(0, 0, 0, ${rng.float(0.2, 0.55).toFixed(2)})`);
  fade.addColorStop(1, 'rgba(0, 0, 0, 0)');
  s.fillStyle = fade;
  s.fillRect(0, 0, side, side);
  const specks = rng.int(150, 600);
  for (let i = 0; i < specks; i++) {
    s.fillStyle = `rgba(0, 0, 0, ${rng.float(0.3, 1).toFixed(2)})`;
    s.beginPath();
    s.arc(rng.float(0, side), rng.float(0, side), rng.float(0.2, 0.9) * pixelsPerPoint, 0, 2 * Math.PI);
    s.fill();
  }

  ctx.save();
  ctx.globalCompositeOperation = 'multiply';
  ctx.globalAlpha = rng.float(0.8, 0.95);
  ctx.drawImage(seal, stamp.cx - half, stamp.cy - half, 2 * half, 2 * half);
  ctx.restore();
}

/** Pen strokes of a signature: a few loops and a long tail, in blue-black ink. */
export function drawSignature(ctx: SKRSContext2D, cx: number, cy: number, rng: Random): void {
  ctx.save();
  ctx.strokeStyle = `rgb(${rng.int(15, 40)}, ${rng.int(25, 50)}, ${rng.int(90, 140)})`;
  ctx.lineWidth = rng.float(0.6, 1.1);
  ctx.lineCap = 'round';
  ctx.beginPath();
  let x = cx - rng.float(15, 25) * MM;
  let y = cy + rng.float(-3, 3) * MM;
  ctx.moveTo(x, y);
  const strokes = rng.int(3, 6);
  for (let i = 0; i < strokes; i++) {
    const nx = x + rng.float(5, 12) * MM;
    const ny = cy + rng.float(-6, 6) * MM;
    ctx.bezierCurveTo(x + rng.float(-4, 8) * MM, y - rng.float(4, 12) * MM, nx - rng.float(-4, 8) * MM, ny + rng.float(4, 12) * MM, nx, ny);
    x = nx;
    y = ny;
  }
  ctx.stroke();
  ctx.restore();
}
