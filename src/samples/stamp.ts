// The red seal of the issuing body: two rings, the body's name around the rim and a star in the middle.
import type { SKRSContext2D } from '@napi-rs/canvas';
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

/** Draws in points (the caller has scaled the context); multiplies over the ink below. */
export function drawStamp(ctx: SKRSContext2D, stamp: Stamp, rng: Random): void {
  const red = `rgba(${rng.int(190, 225)}, ${rng.int(20, 50)}, ${rng.int(30, 60)}, ${rng.float(0.75, 0.92).toFixed(2)})`;
  ctx.save();
  ctx.globalCompositeOperation = 'multiply';
  ctx.translate(stamp.cx, stamp.cy);
  ctx.rotate(stamp.angle);
  ctx.strokeStyle = red;
  ctx.fillStyle = red;
  const R = stamp.radius;
  ctx.lineWidth = 1.1 * MM;
  ctx.beginPath();
  ctx.arc(0, 0, R, 0, 2 * Math.PI);
  ctx.stroke();
  ctx.lineWidth = 0.45 * MM;
  const inner = R - 6.5 * MM;
  ctx.beginPath();
  ctx.arc(0, 0, inner, 0, 2 * Math.PI);
  ctx.stroke();

  // Letters around the rim, clockwise, centred on the top (angle 0), leaving a gap at the bottom.
  const size = 3.4 * MM;
  ctx.font = cssFont('stamp', size);
  const letters = [...`${stamp.text} *`];
  const rimRadius = R - 1.1 * MM - size * 0.95;
  const span = (2 * Math.PI * 300) / 360;
  const total = letters.reduce((sum, ch) => sum + measure(ch, 'stamp', size) + size * 0.08, 0);
  const scale = span / (total / rimRadius);
  let a = -span / 2;
  for (const ch of letters) {
    const w = (measure(ch, 'stamp', size) + size * 0.08) * scale;
    const mid = a + w / rimRadius / 2;
    ctx.save();
    ctx.rotate(mid);
    ctx.fillText(ch, -measure(ch, 'stamp', size) / 2, -rimRadius);
    ctx.restore();
    a += w / rimRadius;
  }
  star(ctx, 4.5 * MM);
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
