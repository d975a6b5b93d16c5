// What a word's case says about it: names are capitalised away from the start of a sentence,
// so "Đồng" mid-sentence is more likely the place name than "động". Used by the build and the decoder alike.
import type { Token } from './tokenizer.js';

export type Casing = 'none' | 'lower' | 'capital';

const SENTENCE_START = /[.!?:;…"“”'‘’(\[•*#>-]\s*$/u;

/** The case of the word at `index`: none when it tells nothing (all caps, or a sentence's first word). */
export function casingAt(tokens: Token[], index: number): Casing {
  const text = tokens[index].text;
  // Most words start with an ASCII lower-case letter: no case mapping to build a string for.
  const code = text.charCodeAt(0);
  if (code >= 97 && code <= 122) return 'lower';
  const first = text.charAt(0);
  if (first === first.toLowerCase()) return first === first.toUpperCase() ? 'none' : 'lower';
  if (text.length > 1 && text === text.toUpperCase()) return 'none';
  for (let i = index - 1; i >= 0; i--) {
    const token = tokens[i];
    if (token.kind === 'space') {
      if (token.text.includes('\n')) return startCasing(tokens, index);
      continue;
    }
    if (token.kind === 'break') return startCasing(tokens, index);
    if (token.kind === 'punct') return SENTENCE_START.test(token.text) ? startCasing(tokens, index) : 'capital';
    return 'capital';
  }
  return startCasing(tokens, index);
}

/**
 * A capitalised word that starts a sentence or line: a capital tells nothing, unless the next
 * word is capitalised too ("Bùi Kim Lan", "Hà Nội là"): then it opens a name.
 */
function startCasing(tokens: Token[], index: number): Casing {
  const space = tokens[index + 1];
  const next = tokens[index + 2];
  if (space?.kind !== 'space' || space.text.includes('\n') || next?.kind !== 'word') return 'none';
  const initial = next.text.charAt(0);
  const titleCase = initial !== initial.toLowerCase() && !(next.text.length > 1 && next.text === next.text.toUpperCase());
  return titleCase ? 'capital' : 'none';
}
