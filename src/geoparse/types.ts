// The geoparser's words for what it finds, apart from the modules that find it: geoparse.ts, found.ts
// and confidence.ts all name them, and import them from here rather than from each other.

/** What a name found in the text is used as: a place, part of an organisation's name, an adjective. */
export type MentionRole = 'place' | 'organisation' | 'adjective';

/** A place the geoparser proposes for a mention. */
export interface GeoparsedPlace {
  name: string;
  lat: number;
  lon: number;
  kind: string;
  featureId: string | null;
  geonamesId: number | null;
  country: string | null;
}
