// The Vietnamese syllable grammar: onset + rhyme (medial, nucleus, final) + tone.
// Used to generate the syllable inventory and to tell a syllable from a foreign word or noise.
import { canonicalSyllable, splitTone, withTone, tonePosition } from './letters.js';

const ONSETS = [
  '', 'b', 'c', 'ch', 'd', 'đ', 'g', 'gh', 'gi', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'ngh', 'nh',
  'p', 'ph', 'qu', 'r', 's', 't', 'th', 'tr', 'v', 'x',
  // in place names from minority languages: Krông Búk, Krông Pắc
  'kr',
];

/** Toneless rhymes, grouped by nucleus, each with the finals it takes. */
const RHYME_GROUPS: Array<[string, string[]]> = [
  ['a', ['', 'i', 'o', 'u', 'y', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']],
  ['ă', ['c', 'm', 'n', 'ng', 'p', 't']],
  ['â', ['u', 'y', 'c', 'm', 'n', 'ng', 'p', 't']],
  ['e', ['', 'o', 'c', 'm', 'n', 'ng', 'p', 't']],
  ['ê', ['', 'u', 'ch', 'm', 'n', 'nh', 'p', 't']],
  ['i', ['', 'a', 'u', 'ch', 'm', 'n', 'nh', 'p', 't']],
  ['iê', ['u', 'c', 'm', 'n', 'ng', 'p', 't']],
  ['yê', ['u', 'm', 'n', 'ng', 't']],
  ['o', ['', 'i', 'c', 'm', 'n', 'ng', 'p', 't', 'ong', 'oc']],
  ['ô', ['', 'i', 'c', 'm', 'n', 'ng', 'p', 't']],
  ['ơ', ['', 'i', 'c', 'm', 'n', 'p', 't']],
  ['u', ['', 'a', 'i', 'y', 'c', 'm', 'n', 'ng', 'p', 't']],
  ['uô', ['i', 'c', 'm', 'n', 'ng', 't']],
  ['ư', ['', 'a', 'i', 'u', 'c', 'm', 'n', 'ng', 't']],
  ['ươ', ['i', 'u', 'c', 'm', 'n', 'ng', 'p', 't']],
  ['y', ['']],
  // with the medial o/u
  ['oa', ['', 'i', 'o', 'y', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't']],
  ['oă', ['c', 'm', 'n', 'ng', 't']],
  ['oe', ['', 'o', 'c', 'm', 'n', 't']],
  ['uâ', ['y', 'n', 'ng', 't']],
  ['uê', ['', 'ch', 'n', 'nh', 'u', 't']],
  ['uơ', ['']],
  ['uy', ['', 'a', 'u', 'ch', 'n', 'nh', 'p', 't']],
  ['uyê', ['n', 't']],
  ['oo', ['c', 'ng']],
  // final k: only in place names from minority languages (Đắk Lắk, Đắk Nông, Krông Búk)
  ['ă', ['k']],
  ['a', ['k']],
  ['u', ['k']],
];

/** Rhymes that may follow "qu" (its u is the medial). */
const QU_RHYMES = new Set([
  'a', 'ai', 'ay', 'ac', 'ach', 'an', 'ang', 'anh', 'at', 'ăc', 'ăm', 'ăn', 'ăng', 'ăt', 'ân', 'âng', 'ât', 'ây',
  'e', 'en', 'eo', 'et', 'ê', 'ênh', 'êch', 'ên', 'êt', 'i', 'in', 'inh', 'ich', 'it', 'y', 'yên', 'yêt', 'ynh',
  'ych', 'yt', 'ơ', 'ôc', 'ao', 'au', 'ăp', 'âc', 'êu',
]);

const STOP_FINALS = ['c', 'ch', 'p', 't', 'k'];

const RHYMES = new Set<string>();
for (const [nucleus, finals] of RHYME_GROUPS) {
  for (const final of finals) {
    if (final === 'ong' || final === 'oc') continue;
    RHYMES.add(nucleus + final);
  }
}
RHYMES.add('oong');
RHYMES.add('ooc');
RHYMES.delete('oo');

const ONSETS_BY_LENGTH = [...ONSETS].sort((a, b) => b.length - a.length);

export interface SyllableParts {
  onset: string;
  rhyme: string;
  tone: number;
}

function rhymeFits(onset: string, rhyme: string): boolean {
  if (onset === 'qu') return QU_RHYMES.has(rhyme);
  if (!RHYMES.has(rhyme)) return false;
  const first = rhyme[0];
  const front = first === 'i' || first === 'e' || first === 'ê' || first === 'y';
  // Spelling rules: k/gh/ngh before front vowels, c/g/ng elsewhere.
  // k before a back vowel is kept for place names from minority languages (Kon Tum, Hồng Kông).
  if ((onset === 'gh' || onset === 'ngh') && !front) return false;
  if ((onset === 'c' || onset === 'g' || onset === 'ng') && front) return false;
  // "yê" opens a syllable (yên) or follows the medial u (uyên); "iê" needs an onset.
  if (rhyme.startsWith('yê') && onset !== '') return false;
  if (rhyme.startsWith('iê') && onset === '') return false;
  if (rhyme === 'y' && onset !== '' && !'hklmstv'.includes(onset)) return false;
  return true;
}

/** The parts of a lowercase syllable, or undefined when the grammar rejects it. */
export function parseSyllable(syllable: string): SyllableParts | undefined {
  const { toneless, tone } = splitTone(syllable);
  for (const onset of ONSETS_BY_LENGTH) {
    if (!toneless.startsWith(onset)) continue;
    let rhyme = toneless.slice(onset.length);
    if (onset === 'gi') {
      // "gì", "giếng": the i of gi doubles as the vowel.
      if (rhyme === '') rhyme = 'i';
      else if (!RHYMES.has(rhyme) && RHYMES.has('i' + rhyme)) rhyme = 'i' + rhyme;
    }
    if (rhyme === '' || !rhymeFits(onset, rhyme)) continue;
    const stop = STOP_FINALS.some((final) => rhyme.endsWith(final));
    if (stop && tone !== 2 && tone !== 5) return undefined;
    return { onset, rhyme, tone };
  }
  return undefined;
}

export function isSyllable(syllable: string): boolean {
  return parseSyllable(syllable) !== undefined;
}

/** Every syllable the grammar allows, in canonical spelling. */
export function generateSyllables(): string[] {
  const out = new Set<string>();
  const rhymes = [...RHYMES, ...QU_RHYMES];
  for (const onset of ONSETS) {
    for (const rhyme of rhymes) {
      const toneless = onset + rhyme;
      const at = tonePosition(toneless);
      for (let tone = 0; tone < 6; tone++) {
        const chars = [...toneless];
        if (at >= 0 && tone > 0) chars[at] = withTone(chars[at], tone);
        const syllable = canonicalSyllable(chars.join(''));
        if (isSyllable(syllable)) out.add(syllable);
      }
    }
  }
  return [...out].sort();
}
