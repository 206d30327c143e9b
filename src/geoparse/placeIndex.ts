// The gazetteer as the finder reads it: every name's key (and its case forms' keys) to the places that
// bear it. Built once per gazetteer.
import type { Gazetteer, GazetteerPlace } from './gazetteer';
import { inflections } from './inflect';
import { nameKey } from './text';

export interface NameEntry {
  place: GazetteerPlace;
  /** The form as the gazetteer writes it. */
  form: string;
  /** A case form generated from it (Zveçanit from Zveçan). */
  inflected: boolean;
}

export interface PlaceIndex {
  byKey: Map<string, NameEntry[]>;
  /** The most words a name has. */
  maxWords: number;
  byId: Map<string, GazetteerPlace>;
}

/** Case forms are generated for the region's own names, not for world cities' English names. */
const INFLECTED_COUNTRIES = new Set(['XK', 'RS', 'ME', 'MK', 'AL', 'BA']);

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
    else if (list[same].inflected && !entry.inflected) list[same] = entry;
    maxWords = Math.max(maxWords, key.split(' ').length);
  };
  for (const place of gazetteer.places) {
    for (const form of place.names) {
      add(nameKey(form), { place, form, inflected: false });
      if (place.country && INFLECTED_COUNTRIES.has(place.country))
        for (const inflected of inflections(form)) add(nameKey(inflected), { place, form, inflected: true });
    }
  }
  // A form that is a dictionary form of some place never counts as another's case form.
  for (const [key, entries] of byKey) {
    if (entries.some((e) => !e.inflected) && entries.some((e) => e.inflected))
      byKey.set(
        key,
        entries.filter((e) => !e.inflected),
      );
  }
  return { byKey, maxWords: Math.min(maxWords, 7), byId: new Map(gazetteer.places.map((p) => [p.id, p])) };
}
