// PLACEHOLDER until issue 3 lands: passes text through unchanged.
import type { Restorer } from './types.js';

export interface RestorerOptions {
  lexiconFiles?: string[];
}

export async function loadRestorer(_options: RestorerOptions = {}): Promise<Restorer> {
  return { restore: (text) => ({ text, stats: { syllables: 0, changed: 0, unknown: 0 } }) };
}
