// The paper's own level across a page: scanned light is uneven (darker towards an edge or the
// spine, by a fifth and more), so what is paper is told block by block, not by one level.

export interface PaperLevels {
  /** Per block, row by row: the paper's level there. */
  levels: Float32Array;
  columns: number;
  rows: number;
}

/**
 * The paper's level in blocks of `block` pixels: in each block the 4th brightest of a grid of
 * samples every eighth of a block (robust to specks, still paper between dense lines; the
 * darkest where a block at the page's edge has fewer than four), then the brightest of the block
 * and its eight neighbours (a block all ink has no paper of its own).
 */
export function paperLevels(grey: Uint8Array, width: number, height: number, block: number): PaperLevels {
  const columns = Math.ceil(width / block);
  const rows = Math.ceil(height / block);
  const own = new Float32Array(columns * rows);
  const gap = Math.max(1, block >> 3);
  for (let by = 0; by < rows; by++) {
    for (let bx = 0; bx < columns; bx++) {
      // The four brightest samples so far, brightest first (-1: not yet one).
      let first = -1;
      let second = -1;
      let third = -1;
      let fourth = -1;
      for (let y = by * block; y < Math.min(height, (by + 1) * block); y += gap) {
        for (let x = bx * block; x < Math.min(width, (bx + 1) * block); x += gap) {
          const v = grey[y * width + x];
          if (v <= fourth) continue;
          if (v > first) [first, second, third, fourth] = [v, first, second, third];
          else if (v > second) [second, third, fourth] = [v, second, third];
          else if (v > third) [third, fourth] = [v, third];
          else fourth = v;
        }
      }
      own[by * columns + bx] = fourth >= 0 ? fourth : third >= 0 ? third : second >= 0 ? second : first;
    }
  }
  const levels = new Float32Array(columns * rows);
  for (let by = 0; by < rows; by++) {
    for (let bx = 0; bx < columns; bx++) {
      let brightest = 0;
      for (let y = Math.max(0, by - 1); y <= Math.min(rows - 1, by + 1); y++) {
        for (let x = Math.max(0, bx - 1); x <= Math.min(columns - 1, bx + 1); x++) brightest = Math.max(brightest, own[y * columns + x]);
      }
      levels[by * columns + bx] = brightest;
    }
  }
  return { levels, columns, rows };
}
