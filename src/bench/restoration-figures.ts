// The restorer's own figures (issue 3), measured by its src/bench/restore.ts. Loaded on demand
// so that a restorer that cannot load yet costs its rows ("not available"), not the whole bench.
import { importOptional } from './optional-module.js';
import type { Figure } from './report.js';

type RestoreModule = typeof import('./restore.js');

export async function restorationFigures(): Promise<Figure[]> {
  let reason: string;
  try {
    const module = (await importOptional(new URL('./restore.js', import.meta.url))) as RestoreModule | null;
    if (module) return await module.measureRestoration();
    reason = 'src/bench/restore.ts has not landed';
  } catch (error) {
    reason = `the restorer's measurement failed: ${(error as Error).message.split('\n')[0]}`;
  }
  return [{ name: 'restoration figures', value: null, unit: '', note: reason }];
}
