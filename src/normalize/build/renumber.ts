// The model's syllable ids ordered by stripped spelling, so that those stripped alike are
// neighbours ("cua": của, cùa, cưa, cửa, cứa…). A stripped word's candidates are then one short
// run of ids, and the decoder finds all their n-grams in one walk of each sorted context range.
import { foldText } from '../letters.js';
import { RESERVED, UNKNOWN } from '../lm.js';

/**
 * Old ids in their new order (reserved ids first, unchanged), and the new id of each old one.
 * Words `keep` refuses are left out: their new id is UNKNOWN's.
 */
export function foldOrder(vocab: string[], keep: (old: number) => boolean = () => true): { byNew: number[]; newId: Uint32Array } {
  const folds = vocab.map((word) => foldText(word));
  const order: number[] = [];
  for (let old = RESERVED.length; old < vocab.length; old++) if (keep(old)) order.push(old);
  order.sort((a, b) => (folds[a] < folds[b] ? -1 : folds[a] > folds[b] ? 1 : a - b));
  const byNew = [...RESERVED.map((_, id) => id), ...order];
  const newId = new Uint32Array(vocab.length).fill(UNKNOWN);
  byNew.forEach((old, id) => (newId[old] = id));
  return { byNew, newId };
}
