// Where the shipped dictionaries live, found from this module so it works from src/ and dist/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const MODEL_FILE = 'lm.bin.br';
export const CONFUSIONS_FILE = 'confusions.tsv';
export const LEXICON_FOLDER = 'lexicon';
/** Words the corpus writes whole that are no syllable (see glued.ts). */
export const WHOLE_WORDS_FILE = 'whole-words.txt.gz';
/** Which syllables stand near which (see topics.ts), built with the model and valid only with it. */
export const TOPICS_FILE = 'topics.bin.br';

/** The repository's (or installed package's) dictionaries/ folder. */
export function dictionariesDir(): string {
  let folder = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(folder, 'package.json')) && existsSync(join(folder, 'dictionaries'))) {
      return join(folder, 'dictionaries');
    }
    const parent = dirname(folder);
    if (parent === folder) throw new Error('dictionaries/ not found next to the hoso package');
    folder = parent;
  }
}
