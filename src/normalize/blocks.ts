// A long text is restored a block at a time: the restorer holds every segment of what it is
// given, so memory grows with the text (1.8 MB in one call: about 400 MB).
import type { RestoreResult, RestoreStats, Restorer } from './types.js';

/**
 * The size of a block, each cut at a blank line where one is near (else at a line end, else at
 * a space): memory stays bounded and the output flows. The restorer's document cache looks
 * about 1,000 syllables either side, so a block of this size loses context only near its edges.
 */
export const BLOCK_CHARACTERS = 100_000;

/** The text in consecutive blocks of at most `size` characters (longer only where no space falls within). */
export function* textBlocks(text: string, size = BLOCK_CHARACTERS): Generator<string> {
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    let end = -1;
    // Each separator stays with the block before it; a cut must leave something in the block.
    for (const separator of ['\n\n', '\n', ' ']) {
      const at = text.lastIndexOf(separator, limit - separator.length);
      if (at > start) {
        end = at + separator.length;
        break;
      }
    }
    // No space in a whole block (a run of debris): the next space, or the rest.
    if (end < 0) {
      const next = text.indexOf(' ', limit);
      end = next < 0 ? text.length : next + 1;
    }
    yield text.slice(start, end);
    start = end;
  }
  if (start < text.length) yield text.slice(start);
}

/** `restorer.restore(text)` a block at a time: the blocks' texts joined, their counts summed. */
export function restoreInBlocks(restorer: Restorer, text: string, size = BLOCK_CHARACTERS): RestoreResult {
  if (text.length <= size) return restorer.restore(text);
  const stats: RestoreStats = { syllables: 0, changed: 0, unknown: 0 };
  let out = '';
  for (const block of textBlocks(text, size)) {
    const restored = restorer.restore(block);
    out += restored.text;
    stats.syllables += restored.stats.syllables;
    stats.changed += restored.stats.changed;
    stats.unknown += restored.stats.unknown;
  }
  return { text: out, stats };
}
