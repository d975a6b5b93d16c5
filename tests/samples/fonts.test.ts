import { existsSync } from 'node:fs';
import { createCanvas } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { cssFont, sampleFont } from '../../src/samples/fonts.js';
import type { FontStyle } from '../../src/samples/model.js';
import { planSample } from '../../src/samples/sample.js';

/** The pixels a character leaves on a small canvas in one of the sample fonts. */
function ink(ch: string, role: FontStyle | 'stamp'): string {
  const canvas = createCanvas(64, 64);
  const ctx = canvas.getContext('2d');
  ctx.font = cssFont(role, 40);
  ctx.fillStyle = '#000';
  ctx.fillText(ch, 8, 48);
  return Buffer.from(ctx.getImageData(0, 0, 64, 64).data).toString('base64');
}

describe('sample fonts', () => {
  it('draw every character the samples use as itself, not as the missing-glyph box', () => {
    const chars = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const plan = planSample(seed);
      for (const page of plan.pages) for (const line of page.lines) for (const ch of line) if (ch.trim()) chars.add(ch);
      for (const ch of plan.doc.stampText) if (ch.trim()) chars.add(ch);
    }
    expect(chars.has('ư')).toBe(true);
    for (const role of ['regular', 'bold', 'italic', 'boldItalic', 'stamp'] as const) {
      const missing = ink('\uE000', role);
      const boxed = [...chars].filter((ch) => ink(ch, role) === missing);
      expect(boxed, role).toEqual([]);
    }
  });

  it('name the family they are set in: Liberation Serif where Liberation 2 is installed, else DejaVu Serif', () => {
    const installed = (dir: string) => existsSync(`/usr/share/fonts/truetype/${dir}/LiberationSerif-Regular.ttf`);
    // Debian bookworm's fonts-liberation2; trixie puts Liberation 2 in liberation/, where bookworm's 1.x has no ư.
    if (installed('liberation2')) expect(sampleFont()).toBe('Liberation Serif');
    else if (!installed('liberation')) expect(sampleFont()).toBe('DejaVu Serif');
    else expect(['Liberation Serif', 'DejaVu Serif']).toContain(sampleFont());
  });
});
