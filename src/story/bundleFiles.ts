// The files of a story bundle, by name: apart from the zip code (bundleZip.ts, which brings fflate),
// so that what only names the files — the router's list of stories kept in this browser — loads
// nothing else.
export const BUNDLE_FILES = [
  'story.json',
  'article.txt',
  'links.json',
  'places.geojson',
  'notes.json',
  'events.json',
] as const;
export type BundleFileName = (typeof BUNDLE_FILES)[number];
/** The files' text by name; places.geojson only when the story has places of its own. */
export type BundleFiles = Partial<Record<BundleFileName, string>>;

/** A bundle's JSON file as written: two-space indent, a final newline (as `story new` writes them). */
export const jsonFile = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
