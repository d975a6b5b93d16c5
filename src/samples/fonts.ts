// The fonts samples are set in: Liberation Serif (metric-compatible with Times New Roman, which
// Vietnamese offices use) and Liberation Sans Bold for the stamp lettering. Only Liberation 2.x
// has the Vietnamese letters (ư, ơ, ộ …): Debian bookworm ships it as fonts-liberation2, trixie as
// fonts-liberation. DejaVu is the fallback.
import { existsSync } from 'node:fs';
import { GlobalFonts, createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { FontStyle } from './model.js';

type FontRole = FontStyle | 'stamp';

/** Each set's body family, and its file per role. */
const FONT_SETS: ReadonlyArray<{ family: string; files: Record<FontRole, string> }> = [
  ...['/usr/share/fonts/truetype/liberation2', '/usr/share/fonts/truetype/liberation'].map((dir) => ({
    family: 'Liberation Serif',
    files: {
      regular: `${dir}/LiberationSerif-Regular.ttf`,
      bold: `${dir}/LiberationSerif-Bold.ttf`,
      italic: `${dir}/LiberationSerif-Italic.ttf`,
      boldItalic: `${dir}/LiberationSerif-BoldItalic.ttf`,
      stamp: `${dir}/LiberationSans-Bold.ttf`,
    },
  })),
  {
    family: 'DejaVu Serif',
    files: {
      regular: '/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf',
      bold: '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf',
      italic: '/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf',
      boldItalic: '/usr/share/fonts/truetype/dejavu/DejaVuSerif-BoldItalic.ttf',
      stamp: '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
    },
  },
];

const familyOf = (role: FontRole, set: number): string => `HosoSample${set}-${role}`;

const MEASURE_SIZE = 100;
let measurer: SKRSContext2D | undefined;

function measurerContext(): SKRSContext2D {
  measurer ??= createCanvas(8, 8).getContext('2d');
  return measurer;
}

/** A font without a glyph draws its .notdef box: as wide as for a private-use code point. */
function coversVietnamese(family: string): boolean {
  const ctx = measurerContext();
  ctx.font = `${MEASURE_SIZE}px ${family}`;
  const missing = ctx.measureText('\uE000').width;
  return [...'ươộỦẫặ'].every((ch) => ctx.measureText(ch).width !== missing);
}

let chosen: number | undefined;

function fontSet(): number {
  if (chosen !== undefined) return chosen;
  for (const [index, { files }] of FONT_SETS.entries()) {
    if (!Object.values(files).every((path) => existsSync(path))) continue;
    for (const [role, path] of Object.entries(files)) GlobalFonts.registerFromPath(path, familyOf(role as FontRole, index));
    if ((['regular', 'bold', 'italic', 'boldItalic', 'stamp'] as const).every((role) => coversVietnamese(familyOf(role, index)))) {
      chosen = index;
      return index;
    }
  }
  throw new Error('no font with Vietnamese letters found: install the Debian package fonts-liberation2 (or fonts-dejavu-core)');
}

/**
 * The family samples are set in: Liberation Serif, or DejaVu Serif where Liberation 2 is not
 * installed. Line breaks, and so the generated documents, differ between the two.
 */
export function sampleFont(): string {
  return FONT_SETS[fontSet()].family;
}

/** A CSS font string for a canvas: size in canvas units. */
export function cssFont(role: FontRole, size: number): string {
  return `${size}px ${familyOf(role, fontSet())}`;
}

const widths = new Map<string, number>();

/** Advance width of `text` in points at `size` points. */
export function measure(text: string, role: FontRole, size: number): number {
  const key = `${role}\u0000${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    const ctx = measurerContext();
    ctx.font = cssFont(role, MEASURE_SIZE);
    width = ctx.measureText(text).width;
    widths.set(key, width);
  }
  return (width * size) / MEASURE_SIZE;
}
