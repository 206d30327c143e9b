// Ids of features, layers' features, events and stories' slugs: lower-case words joined by hyphens,
// at most 80 characters. Defined once for the schemas, the URL and the authoring commands.
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const ID_MAX_LENGTH = 80;
export const ID_RULE = 'ids are lower-case words joined by hyphens';

export function isId(value: string | null | undefined): value is string {
  return !!value && value.length <= ID_MAX_LENGTH && ID_PATTERN.test(value);
}

/** The layer of a story's own places (its places.geojson): its id in story.json and on the map. */
export const STORY_PLACES_LAYER = 'storyPlaces';
