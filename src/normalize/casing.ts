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
      if (token.text.includes('\n')) return 'none';
      continue;
    }
    if (token.kind === 'break') return 'none';
    if (token.kind === 'punct') return SENTENCE_START.test(token.text) ? 'none' : 'capital';
    return 'capital';
  }
  return 'none';
}
