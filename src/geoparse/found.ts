// A name found in the text: its tokens (first to last) and the gazetteer entries it may be; and the
// neighbouring word, read only when nothing but spaces separates it.
import type { MentionRole } from './types';
import type { NameEntry } from './placeIndex';
import type { Token } from './text';

export interface Found {
  first: number;
  last: number;
  entries: NameEntry[];
  role: MentionRole;
}

export const ADJACENT = /^[ \t\u00a0]+$/u;
export const next = (tokens: Token[], k: number) =>
  tokens[k + 1] && ADJACENT.test(tokens[k + 1].gap) ? tokens[k + 1] : null;
export const previous = (tokens: Token[], k: number) =>
  k > 0 && ADJACENT.test(tokens[k].gap) ? tokens[k - 1] : null;
