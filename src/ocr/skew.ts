// Skew of a text page by projection profile: the angle at which the ink, summed along slanted
// rows, gives the sharpest row profile (text lines and the gaps between them line up).

/** Largest skew searched, degrees. Scans are within ±2°; a little margin costs little. */
const MAX_DEGREES = 3;
/** Width the page is sampled down to before the search. */
const SAMPLE_WIDTH = 1000;

function profileSharpness(xs: Int32Array, ys: Int32Array, count: number, degrees: number, rows: number, pad: number): number {
  const t = Math.tan((degrees * Math.PI) / 180);
  const bins = new Float64Array(rows + 2 * pad);
  for (let i = 0; i < count; i++) {
    const r = Math.round(ys[i] - xs[i] * t) + pad;
    if (r >= 0 && r < bins.length) bins[r] += 1;
  }
  let score = 0;
  for (let i = 1; i < bins.length; i++) {
    const d = bins[i] - bins[i - 1];
    score += d * d;
  }
  return score;
}

/**
 * Estimated clockwise skew of the text in degrees (rotate by minus this to straighten),
 * from an 8-bit greyscale image. 0 when there is too little ink to tell.
 */
export function estimateSkew(grey: Uint8Array, width: number, height: number): number {
  const step = Math.max(1, Math.round(width / SAMPLE_WIDTH));
  const sw = Math.floor(width / step);
  const sh = Math.floor(height / step);
  const histogram = new Uint32Array(256);
  for (let y = 0; y < sh; y++) for (let x = 0; x < sw; x++) histogram[grey[y * step * width + x * step]]++;
  // Paper is the median brightness of the page; ink is well below it.
  let seen = 0;
  let paper = 255;
  for (let v = 0; v < 256; v++) {
    seen += histogram[v];
    if (seen >= (sw * sh) / 2) {
      paper = v;
      break;
    }
  }
  const threshold = paper * 0.6;
  const xs = new Int32Array(sw * sh);
  const ys = new Int32Array(sw * sh);
  let count = 0;
  for (let y = 0; y < sh; y++) {
    for (let x = 0; x < sw; x++) {
      if (grey[y * step * width + x * step] < threshold) {
        xs[count] = x;
        ys[count] = y;
        count++;
      }
    }
  }
  if (count < 200) return 0;

  const pad = Math.ceil(sw * Math.tan((MAX_DEGREES * Math.PI) / 180)) + 1;
  const search = (from: number, to: number, by: number): number => {
    let best = 0;
    let bestScore = -1;
    for (let a = from; a <= to + 1e-9; a += by) {
      const score = profileSharpness(xs, ys, count, a, sh, pad);
      if (score > bestScore) {
        bestScore = score;
        best = a;
      }
    }
    return best;
  };
  const coarse = search(-MAX_DEGREES, MAX_DEGREES, 0.2);
  return Math.round(search(coarse - 0.2, coarse + 0.2, 0.02) * 100) / 100;
}
