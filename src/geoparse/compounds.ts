// A name inside a hyphenated word is not a place name (issue 27: "Vice-president" was proposed as the
// village Viçë): Vice-president, Mitrovica-based, pro-Kosovo. Two names joined by a hyphen stay names
// (Belgrade-Pristina talks), and so does a name the gazetteer writes with its hyphen (Novi-Pazar),
// which the finder takes whole.
import type { Token } from './text';
import type { Found } from './found';

const HYPHEN = /^[-‐]$/u;
/** Prefixes that leave the name a place: ex-Yugoslavia. */
const PREFIXES = new Set(['ex']);

/** Which of the names found sit in a hyphenated word with a word that is no name (in `found`'s order). */
export function inCompounds(tokens: Token[], found: Found[]): boolean[] {
  const named = new Set<number>();
  for (const f of found) for (let k = f.first; k <= f.last; k++) named.add(k);
  return found.map((f) => {
    const after = tokens[f.last + 1];
    if (after && HYPHEN.test(after.gap) && !named.has(f.last + 1)) return true;
    // ex-Yugoslavia is still Yugoslavia.
    return (
      f.first > 0 &&
      HYPHEN.test(tokens[f.first].gap) &&
      !named.has(f.first - 1) &&
      !PREFIXES.has(tokens[f.first - 1].key)
    );
  });
}
