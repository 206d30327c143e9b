// The gazetteer as the finder reads it: every name's key (and its case forms' keys) to the places that
// bear it. Built once per gazetteer.
import type { Gazetteer, GazetteerPlace } from './gazetteer';
import { inflections, serbianPhraseForms } from './inflect';
import { nameKey } from './text';

export interface NameEntry {
  place: GazetteerPlace;
  /** The form as the gazetteer writes it. */
  form: string;
  /** A case form generated from it (Zveçanit from Zveçan). */
  inflected: boolean;
  /**
   * A shipped feature's name without its generic word (Gazivode for Lake Gazivode, Banjska for Banjska
   * Monastery): the feature when the words around say so (the dam at Gazivode).
   */
  bare?: true;
}

export interface PlaceIndex {
  byKey: Map<string, NameEntry[]>;
  /** The most words a name has. */
  maxWords: number;
  byId: Map<string, GazetteerPlace>;
}

/** Case forms are generated for the region's own names, not for world cities' English names. */
const INFLECTED_COUNTRIES = new Set(['XK', 'RS', 'ME', 'MK', 'AL', 'BA']);

/** A feature's generic word before or after its name (Lake Gazivode, Jarinje crossing, Ura e Ibrit). */
const GENERIC_BEFORE = /^(lake|river|mount|monastery of|manastir|manastiri i|liqeni i|lumi i|ura e)\s+/iu;
const GENERIC_AFTER = /\s+(lake|reservoir|river|border crossing|crossing|monastery|bridge|jezero)$/iu;

/** The name without its generic word, or null when it has none or too little is left. */
export function bareName(form: string): string | null {
  const bare = form.replace(GENERIC_BEFORE, '').replace(GENERIC_AFTER, '');
  return bare !== form && /^\p{Lu}/u.test(bare) && bare.replace(/[^\p{L}]/gu, '').length >= 4 ? bare : null;
}

/** Which entry of one place wins a key: its own form, then a case form, then a bare name. */
const rank = (e: NameEntry) => (e.bare ? 2 : e.inflected ? 1 : 0);

export function buildPlaceIndex(gazetteer: Gazetteer): PlaceIndex {
  const byKey = new Map<string, NameEntry[]>();
  let maxWords = 1;
  const add = (key: string, entry: NameEntry) => {
    if (!key) return;
    const list = byKey.get(key);
    const same = list?.findIndex((e) => e.place === entry.place) ?? -1;
    if (!list) byKey.set(key, [entry]);
    else if (same < 0) list.push(entry);
    // A place's own form of this spelling wins over a case form generated from another of its forms.
    else if (rank(entry) < rank(list[same])) list[same] = entry;
    maxWords = Math.max(maxWords, key.split(' ').length);
  };
  for (const place of gazetteer.places) {
    for (const form of place.names) {
      add(nameKey(form), { place, form, inflected: false });
      if (place.country && INFLECTED_COUNTRIES.has(place.country))
        for (const inflected of inflections(form)) add(nameKey(inflected), { place, form, inflected: true });
      const bare = place.source === 'feature' ? bareName(form) : null;
      if (bare) add(nameKey(bare), { place, form, inflected: false, bare: true });
    }
  }
  // Serbian names of an adjective and a noun, both declined (Novog Pazara, Kosovskoj Mitrovici), when
  // the first word is no name of its own (not Kosovo Polje).
  for (const place of gazetteer.places) {
    if (!place.country || !INFLECTED_COUNTRIES.has(place.country)) continue;
    for (const form of place.names) {
      const first = nameKey(form).split(' ')[0];
      if (byKey.get(first)?.some((e) => !e.inflected && !e.bare)) continue;
      for (const phrase of serbianPhraseForms(form)) add(nameKey(phrase), { place, form, inflected: true });
    }
  }
  // A form that is a dictionary form of some place never counts as another's case form.
  for (const [key, entries] of byKey) {
    if (entries.some((e) => !e.inflected && !e.bare) && entries.some((e) => e.inflected))
      byKey.set(
        key,
        entries.filter((e) => !e.inflected),
      );
  }
  return { byKey, maxWords: Math.min(maxWords, 7), byId: new Map(gazetteer.places.map((p) => [p.id, p])) };
}
