// A PDF page's text layer as lines in reading order, and whether it is real text: an old
// scan's invisible OCR layer is; a page number or a few stray glyphs are not.

/** The parts of a pdfjs TextItem this module reads, in device space (y grows downwards). */
export interface PlacedText {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Fewer letters than this is a page number, a stamp word or noise, not a text layer. */
const MIN_LETTERS = 24;

/** A gap this many glyph heights wide separates columns (issuer | national title), not words. */
const COLUMN_GAP = 2.5;
/** How a column gap is written: the run of spaces the structure stage splits header columns on. */
const COLUMN_SEPARATOR = '    ';

/**
 * Build lines by y, then order each line by x. A gap wider than a quarter of the glyph height
 * is a space; one wider than COLUMN_GAP heights, a run of spaces between two columns.
 */
export function linesFromItems(items: PlacedText[]): string {
  const placed = items.filter((item) => item.str !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: { y: number; height: number; items: PlacedText[] }[] = [];
  for (const item of placed) {
    const height = item.height > 0 ? item.height : 1;
    const line = lines.find((l) => Math.abs(l.y - item.y) <= Math.max(1, 0.5 * Math.min(l.height, height)));
    if (line) line.items.push(item);
    else lines.push({ y: item.y, height, items: [item] });
  }
  return lines
    .map((line) => {
      const row = line.items.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const item of row) {
        // Fake bold draws the same glyphs twice at nearly the same place: keep one.
        if (text.endsWith(item.str) && item.x < end - item.width * 0.5) continue;
        const gap = item.x - end;
        if (text !== '' && gap > COLUMN_GAP * line.height) text = text.trimEnd() + COLUMN_SEPARATOR;
        else if (text !== '' && gap > 0.25 * line.height && !/\s$/u.test(text) && !/^\s/u.test(item.str)) text += ' ';
        const piece = text.endsWith(COLUMN_SEPARATOR) ? item.str.trimStart() : item.str;
        text += piece;
        end = Math.max(end, item.x + item.width);
      }
      return text.replace(/\s+$/u, '');
    })
    .filter((text) => text.trim() !== '')
    .join('\n');
}

/**
 * Real text: enough letters, mostly letters rather than symbols, almost no unmapped glyphs, and
 * Latin script (Vietnamese is): a font without a Unicode map often yields letters of other scripts.
 */
export function isRealText(text: string): boolean {
  const visible = text.replace(/\s/gu, '');
  const letters = visible.match(/\p{L}/gu)?.length ?? 0;
  const latin = visible.match(/\p{Script=Latin}/gu)?.length ?? 0;
  const unmapped = visible.match(/[\p{Co}\p{Cc}\p{Cn}\uFFFD]/gu)?.length ?? 0;
  return (
    letters >= MIN_LETTERS &&
    letters >= visible.length * 0.5 &&
    latin >= letters * 0.8 &&
    unmapped <= visible.length * 0.05
  );
}
