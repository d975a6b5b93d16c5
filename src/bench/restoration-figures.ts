// The restorer's own figures (issue 3), computed by its src/bench/restore.ts; "not available"
// until that module lands.
import { importOptional } from './optional-module.js';
import type { Figure } from './report.js';

const FIGURES = [
  'syllable accuracy on stripped held-out text',
  'WER of Latin-only OCR before restoration',
  'WER of Latin-only OCR after restoration',
  'characters changed in correct text',
  'restoration speed',
];

export async function restorationFigures(): Promise<Figure[]> {
  const module = await importOptional(new URL('./restore.js', import.meta.url));
  const reason = module ? 'src/bench/restore.ts is not wired into the bench yet' : 'src/bench/restore.ts has not landed';
  return FIGURES.map((name) => ({ name, value: null, unit: '', note: reason }));
}
