// Candidate syllables for a token: by putting marks back on a stripped form, and by walking
// a trie of syllables through the confusion channel (what could have been read as "ctia"?).
import type { ConfusionChannel, Reading } from './channel.js';
import { canonicalSyllable, foldText, isVowel } from './letters.js';
import type { LanguageModel } from './lm.js';
import { RESERVED } from './lm.js';

/** A node of the letter trie while it is built. */
interface TrieNode {
  /** By the letter's code point, in insertion order. */
  children: Map<number, TrieNode>;
  /** Syllable id ending here, or -1. */
  id: number;
}

function insert(root: TrieNode, spelling: string, id: number): void {
  let node = root;
  for (const char of spelling) {
    const code = char.codePointAt(0) ?? 0;
    let next = node.children.get(code);
    if (!next) {
      next = { children: new Map(), id: -1 };
      node.children.set(code, next);
    }
    node = next;
  }
  node.id = id;
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

/**
 * The vocabulary as a letter trie plus a map from stripped spelling to syllables. The trie is
 * numbered (0 the root) and kept in typed arrays: a walk looks up a child for every letter it
 * reads, and a dense row per node over the vocabulary's ninety letters answers without hashing.
 */
export class SyllableIndex {
  private readonly byFold = new Map<string, number[]>();
  /** The letter's column in `child` by code point, or -1 for a letter no syllable holds. */
  private readonly letterOf: Int16Array;
  private readonly letters: number;
  /** child[node * letters + letter]: the child node, or 0 for none (the root is no one's child). */
  private readonly child: Int32Array;
  /** The syllable id ending at each node, or -1. */
  private readonly syllable: Int32Array;
  /** A node's children in insertion order: childCodes and childNodes[childStart[node] .. childStart[node + 1]). */
  private readonly childStart: Int32Array;
  private readonly childCodes: Int32Array;
  private readonly childNodes: Int32Array;

  constructor(readonly model: LanguageModel) {
    const root: TrieNode = { children: new Map(), id: -1 };
    const { foreign } = model;
    model.vocab.forEach((key, id) => {
      if (id < RESERVED.length) return;
      // Foreign words are found as written or stripped, never as what a misread could have been.
      if (foreign[id] === 0) for (const spelling of new Set([key, model.display[id]])) insert(root, spelling, id);
      const folded = foldText(key);
      const list = this.byFold.get(folded) ?? [];
      list.push(id);
      this.byFold.set(folded, list);
    });
    // Numbered breadth first: a node's children get consecutive numbers.
    const nodes: TrieNode[] = [root];
    const codes = new Set<number>();
    for (let n = 0; n < nodes.length; n++) {
      for (const [code, next] of nodes[n].children) {
        codes.add(code);
        nodes.push(next);
      }
    }
    const alphabet = [...codes].sort((a, b) => a - b);
    this.letterOf = new Int16Array((alphabet.at(-1) ?? 0) + 1).fill(-1);
    alphabet.forEach((code, letter) => (this.letterOf[code] = letter));
    this.letters = alphabet.length;
    this.child = new Int32Array(nodes.length * this.letters);
    this.syllable = new Int32Array(nodes.length);
    this.childStart = new Int32Array(nodes.length + 1);
    this.childCodes = new Int32Array(nodes.length - 1);
    this.childNodes = new Int32Array(nodes.length - 1);
    let numbered = 1;
    for (let n = 0; n < nodes.length; n++) {
      this.syllable[n] = nodes[n].id;
      this.childStart[n] = numbered - 1;
      for (const code of nodes[n].children.keys()) {
        this.child[n * this.letters + this.letterOf[code]] = numbered;
        this.childCodes[numbered - 1] = code;
        this.childNodes[numbered - 1] = numbered;
        numbered++;
      }
    }
    this.childStart[nodes.length] = numbered - 1;
  }

  /** Syllables whose marks were stripped to give `folded` (lowercase ASCII). */
  stripped(folded: string): number[] {
    return this.byFold.get(folded) ?? [];
  }

  /** The id of a lowercase syllable (in any tone placement) or foreign word as written, or -1. */
  exact(lower: string): number {
    // The canonical spelling of a word that is no syllable is none either: no foreign word is
    // taken for a syllable, and the other way round.
    const key = canonicalSyllable(lower);
    const { foreign } = this.model;
    if (this.model.has(key) && foreign[this.model.id(key)] === 0) return this.model.id(key);
    return this.model.has(lower) && foreign[this.model.id(lower)] === 1 ? this.model.id(lower) : -1;
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
    const { letterOf, letters, child, syllable, childStart, childCodes, childNodes } = this;
    /** The child of `node` by the letter's code point, or 0. */
    const childOf = (node: number, code: number): number => {
      const letter = code < letterOf.length ? letterOf[code] : -1;
      return letter < 0 ? 0 : child[node * letters + letter];
    };
    const walk = (at: number, node: number, logp: number, drops: number) => {
      if (logp < limit) return;
      const id = syllable[node];
      if (at === read.length && id >= 0 && logp > (found.get(id) ?? -Infinity)) {
        found.set(id, logp);
        limit = Math.max(limit, logp - margin);
      }
      if (drops < 1 && mayDrop) {
        // From the smaller side: most trie nodes have fewer children than letters may vanish.
        const first = childStart[node];
        const end = childStart[node + 1];
        if (end - first < dropped.length) {
          for (let k = first; k < end; k++) {
            const cost = channel.dropCost(childCodes[k]);
            if (cost === undefined) continue;
            walk(at, childNodes[k], logp + cost, drops + 1);
          }
        } else {
          for (let d = 0; d < dropped.length; d++) {
            const next = childOf(node, dropped[d].code);
            if (next === 0) continue;
            walk(at, next, logp + dropped[d].logp, drops + 1);
          }
        }
      }
      for (let length = 1; length <= longest && at + length <= read.length; length++) {
        const readings = spans[at * longest + length - 1];
        for (let r = 0; r < readings.length; r++) {
          const cost = readings[r].logp;
          // Readings come likeliest first: once one falls below the limit, so do the rest.
          if (logp + cost < limit) break;
          const next = childOf(node, readings[r].code);
          if (next === 0) continue;
          walk(at + length, next, logp + cost, drops);
        }
      }
    };
    walk(0, 0, 0, 0);
    for (const [id, logp] of found) if (logp < limit) found.delete(id);
    return found;
  }
}

/**
 * Keeps the `limit` best of a candidate map, judged by channel and unigram together, dropping
 * those more than `margin` (log) behind the best: context rarely rescues them, and each costs
 * time. The dropped come back too, best first: a reading rare on its own may be the usual one
 * after a given word ("dễ dàng").
 */
export function rankCandidates(found: Map<number, number>, model: LanguageModel, limit: number, margin: number): { kept: Candidate[]; dropped: Candidate[] } {
  const ranked = [...found]
    .map(([id, channel]) => ({ id, channel, prior: channel + model.unigramScore(id) }))
    .sort((a, b) => b.prior - a.prior || a.id - b.id);
  const cutoff = ranked.length > 0 ? ranked[0].prior - margin : 0;
  const kept: Candidate[] = [];
  const dropped: Candidate[] = [];
  for (const { id, channel, prior } of ranked) (prior >= cutoff && kept.length < limit ? kept : dropped).push({ id, channel });
  return { kept, dropped };
}
