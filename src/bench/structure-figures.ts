// Field accuracy of hoso's JSON against the generator's labels, computed by the structure
// helper's src/bench/structure.ts; "not available" until that module lands.
import type { HeldOutDocument } from './held-out.js';
import type { HosoOutput } from './hoso-run.js';
import { importOptional } from './optional-module.js';
import type { Figure } from './report.js';

export const STRUCTURE_FIELDS = [
  'number',
  'place',
  'date',
  'documentType',
  'title',
  'issuerName',
  'topLevelSections',
  'recipients',
  'signerName',
] as const;

function unavailable(reason: string): Figure[] {
  return [{ name: 'all fields', value: null, unit: '%', note: reason }];
}

export async function structureFigures(docs: readonly HeldOutDocument[], hoso: HosoOutput | null): Promise<Figure[]> {
  if (!hoso) return unavailable('hoso did not run');
  if (hoso.documents.size === 0) return unavailable('hoso produced no JSON');
  const module = await importOptional(new URL('./structure.js', import.meta.url));
  if (!module) return unavailable('src/bench/structure.ts has not landed');
  return unavailable('src/bench/structure.ts is not wired into the bench yet');
}
