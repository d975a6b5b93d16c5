// Template expansion for generated prose: "[a|b]" picks one alternative, "{name}" inserts a variable.
import type { Random } from './random.js';

export type Vars = Readonly<Record<string, string | ((rng: Random) => string)>>;

/** Expands alternatives innermost first, then variables; unknown variables are an error. */
export function expand(rng: Random, template: string, vars: Vars): string {
  let text = template;
  const innermost = /\[([^[\]]*)\]/;
  for (let m = innermost.exec(text); m; m = innermost.exec(text)) {
    text = text.slice(0, m.index) + rng.pick(m[1].split('|')) + text.slice(m.index + m[0].length);
  }
  text = text.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`template variable {${name}} is not set`);
    return typeof value === 'function' ? value(rng) : value;
  });
  return text.replace(/ {2,}/g, ' ').trim();
}
