// Repeating the comparison on a shared machine: each round runs the systems in a rotated
// order, so none always runs first or last while other work comes and goes, and each system is
// reported by its median round.

/** The systems in the order round `round` (0-based) runs them: rotated left by `round`. */
export function roundOrder<T>(systems: readonly T[], round: number): T[] {
  if (systems.length === 0) return [];
  const shift = round % systems.length;
  return [...systems.slice(shift), ...systems.slice(0, shift)];
}

/** Index of the median of `values` (the lower middle for an even count). */
export function medianIndex(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of nothing');
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  return order[Math.floor((order.length - 1) / 2)].index;
}
