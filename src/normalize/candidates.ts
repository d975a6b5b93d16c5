// Candidate syllables for a token: by putting marks back on a stripped form, and by walking
// a trie of syllables through the confusion channel (what could have been read as "ctia"?).
import type { ConfusionChannel, Reading } from './channel.js';
import { canonicalSyllable, foldText, isVowel } from './letters.js';
import type { LanguageModel } from './lm.js';
import { RESERVED } from './lm.js';

interface TrieNode {
  /** By the letter's code point: number keys hash faster than strings. */
  children: Map<number, TrieNode>;
  /** The same as two arrays, to go through without allocating entries. */
  codes: number[];
  nodes: TrieNode[];
  /** Syllable id ending here, or -1. */
  id: number;
}

/** Fills the spans past a token's end, which walks never read: one stride per position. */
const NO_READINGS: Reading[] = [];

export interface Candidate {
  /** Language model id of the syllable. */
  id: number;
  /** log P(token | syllable) under the channel. */
  channel: number;
}

export interface CandidateOptions {
  /** Walks scoring below this log probability are abandoned. @defaultValue -14 */
  floor?: number;
  /** Most candidates kept per token. @defaultValue 12 */
  limit?: number;
}

/** The vocabulary as a letter trie plus a map from stripped spelling to syllables. */
export class SyllableIndex {
  private readonly root: TrieNode = { children: new Map(), codes: [], nodes: [], id: -1 };
  private readonly byFold = new Map<string, number[]>();

  constructor(readonly model: LanguageModel) {
    model.vocab.forEach((key, id) => {
      if (id < RESERVED.length) return;
      for (const spelling of new Set([key, model.display[id]])) this.insert(spelling, id);
      const folded = foldText(key);
      const list = this.byFold.get(folded) ?? [];
      list.push(id);
      this.byFold.set(folded, list);
    });
  }

  private insert(spelling: string, id: number): void {
    let node = this.root;
    for (const char of spelling) {
      const code = char.codePointAt(0) ?? 0;
      let next = node.children.get(code);
      if (!next) {
        next = { children: new Map(), codes: [], nodes: [], id: -1 };
        node.children.set(code, next);
        node.codes.push(code);
        node.nodes.push(next);
      }
      node = next;
    }
    node.id = id;
  }

  /** Syllables whose marks were stripped to give `folded` (lowercase ASCII). */
  stripped(folded: string): number[] {
    return this.byFold.get(folded) ?? [];
  }

  /** The id of a lowercase syllable as written, or -1. */
  exact(lower: string): number {
    const key = canonicalSyllable(lower);
    return this.model.has(key) ? this.model.id(key) : -1;
  }

  /**
   * Syllables the channel could have turned into `read` (lowercase), with the best
   * alignment's log probability; at most one true letter may vanish. Walks fall away below
   * `floor`, or `margin` behind the best reading found so far (or `known`, one found elsewhere).
   */
  throughChannel(read: string, channel: ConfusionChannel, floor: number, margin = Infinity, known = -Infinity): Map<number, number> {
    const found = new Map<number, number>();
    let limit = Math.max(floor, known - margin);
    let hasVowel = false;
    for (const char of read) if (isVowel(char)) hasVowel = true;
    // A letter may vanish only from words long enough to still say something (not "v" → "vô"),
    // or from two consonants that cannot be a word without their vowel ("nh" → "như").
    const mayDrop = read.length >= 3 || !hasVowel;
    const dropped = channel.dropped;
    // The readings of every span of the token, looked up once instead of at every trie node.
    const longest = channel.longestRead;
    const spans: Reading[][] = [];
    for (let at = 0; at < read.length; at++) {
      for (let length = 1; length <= longest; length++) {
        spans.push(at + length <= read.length ? channel.readingsOf(read.slice(at, at + length)) : NO_READINGS);
      }
    }
    const walk = (at: number, node: TrieNode, logp: number, drops: number) => {
      if (logp < limit) return;
      if (at === read.length && node.id >= 0 && logp > (found.get(node.id) ?? -Infinity)) {
        found.set(node.id, logp);
        limit = Math.max(limit, logp - margin);
      }
      if (drops < 1 && mayDrop) {
        // From the smaller side: most trie nodes have fewer children than letters may vanish.
        if (node.codes.length < dropped.length) {
          for (let k = 0; k < node.codes.length; k++) {
            const cost = channel.dropCost(node.codes[k]);
            if (cost === undefined) continue;
            walk(at, node.nodes[k], logp + cost, drops + 1);
          }
        } else {
          for (let d = 0; d < dropped.length; d++) {
            const child = node.children.get(dropped[d].code);
            if (!child) continue;
            walk(at, child, logp + dropped[d].logp, drops + 1);
          }
        }
      }
      for (let length = 1; length <= longest && at + length <= read.length; length++) {
        const readings = spans[at * longest + length - 1];
        for (let r = 0; r < readings.length; r++) {
          const cost = readings[r].logp;
          // Readings come likeliest first: once one falls below the limit, so do the rest.
          if (logp + cost < limit) break;
          const child = node.children.get(readings[r].code);
          if (!child) continue;
          walk(at + length, child, logp + cost, drops);
        }
      }
    };
    walk(0, this.root, 0, 0);
    for (const [id, logp] of found) if (logp < limit) found.delete(id);
    return found;
  }
}

/**
 * Keeps the `limit` best of a candidate map, judged by channel and unigram together, dropping
 * those more than `margin` (log) behind the best: context rarely rescues them, and each costs time.
 */
export function bestCandidates(found: Map<number, number>, model: LanguageModel, limit: number, margin: number): Candidate[] {
  const ranked = [...found]
    .map(([id, channel]) => ({ id, channel, prior: channel + model.unigramScore(id) }))
    .sort((a, b) => b.prior - a.prior || a.id - b.id);
  const cutoff = ranked.length > 0 ? ranked[0].prior - margin : 0;
  return ranked
    .filter((candidate) => candidate.prior >= cutoff)
    .slice(0, limit)
    .map(({ id, channel }) => ({ id, channel }));
}
