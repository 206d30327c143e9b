// The desk's place search: the options whose name (or kind and id) holds what the editor typed,
// letters folded (Zvecan finds Zvečan, Mitrovice finds Mitrovicë), best first — a name (either of a
// label's official forms) that is the words typed, then one that starts with them, then one with a word that starts with them, then the
// rest; ties in the names' order. Pure.
import { fold } from '../text/letters';

export interface Option {
  id: string;
  label: string;
  /** Kind and where, for telling same-named places apart. */
  detail: string;
}

export function searchPlaces(options: readonly Option[], query: string, max: number): Option[] {
  const q = fold(query).trim();
  if (!q) return options.slice(0, max);
  const ranked: { option: Option; rank: number; i: number }[] = [];
  options.forEach((option, i) => {
    const label = fold(option.label);
    // A label may give a place's names in both official forms ("Zvečan / Zveçan"): each is a name.
    const names = label.split(' / ');
    const rank = names.includes(q)
      ? 0
      : names.some((name) => name.startsWith(q))
        ? 1
        : label.split(/[\s/()–-]+/).some((word) => word.startsWith(q))
          ? 2
          : label.includes(q)
            ? 3
            : fold(option.detail).includes(q)
              ? 4
              : -1;
    if (rank >= 0) ranked.push({ option, rank, i });
  });
  return ranked
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .slice(0, max)
    .map((r) => r.option);
}
