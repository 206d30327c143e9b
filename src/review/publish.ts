// What readers get from a review: the bundle's files derived from the editor's decisions, and
// nothing else. A rejected or "not a place here" mention leaves no link, no place, no focus and no
// label behind; the geoparser's words to the editor stay review data (a pending link keeps its
// proposal for the next review, an accepted one drops it); story.json says how many links an editor
// reviewed, and when. Pure: the desk's download and the tests call it.
import type { SituationFeature } from '../domain/schema';
import type { BundleFiles } from '../story/bundleFiles';
import type { ArticleLink, StoryMeta } from '../story/schema';
import type { Story } from '../story/story';
import { notPlaces, workingLinks, type ReviewDraft } from './draft';

/** The sentence `story new` writes until a review; a published review replaces it with its own record. */
const NOT_REVIEWED = /;? ?the links were proposed by the geoparser and are not reviewed yet\.?/;

export interface Published {
  story: Story;
  files: BundleFiles;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** One feature per line, as the pipeline writes layers: diffs stay readable. */
function placesFile(features: readonly SituationFeature[]): string {
  const lines = features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}

/**
 * The bundle's files from the decisions. `layerOf` gives a shipped feature's layer: a situation layer
 * whose every link was rejected is published as context (the map still draws it; the legend no longer
 * presents it as what the story is about).
 */
export function publish(
  story: Story,
  draft: ReviewDraft,
  now: Date,
  layerOf: ReadonlyMap<string, string>,
): Published {
  const links: ArticleLink[] = workingLinks(draft).map((link) => {
    if (link.status !== 'reviewed' || !link.proposal) return link;
    const rest = { ...link };
    delete rest.proposal;
    return rest;
  });
  const usedByEvents = new Set(story.events.flatMap((e) => e.places));
  const linked = new Set(links.map((l) => l.featureId));
  const places = (story.places ?? []).filter(
    (f) => linked.has(f.properties.id) || usedByEvents.has(f.properties.id),
  );
  const linkedIn = (passageId: string) =>
    new Set(links.filter((l) => l.passageId === passageId).map((l) => l.featureId));
  const passages = story.passages.map((p) => ({
    ...p,
    focus: p.focus.filter((id) => linkedIn(p.id).has(id)),
  }));
  const linkedLayers = new Set(
    links.map((l) =>
      places.some((f) => f.properties.id === l.featureId) ? 'storyPlaces' : layerOf.get(l.featureId),
    ),
  );
  const layers = story.meta.layers
    .filter((l) => l.id !== 'storyPlaces' || places.length > 0)
    .map((l) => (l.role === 'situation' && !linkedLayers.has(l.id) ? { ...l, role: 'context' as const } : l));
  const reviewedLinks = draft.items.filter((i) => i.state === 'accepted').length;
  const meta: StoryMeta = {
    ...story.meta,
    provenance: story.meta.provenance.replace(NOT_REVIEWED, '.').replace(/\.\.$/, '.'),
    passages: story.meta.passages.map((p, i) => ({ ...p, focus: passages[i]?.focus ?? p.focus })),
    layers,
    review: { reviewedLinks, reviewedAt: now.toISOString(), notPlaces: notPlaces(draft) },
  };
  const files: BundleFiles = {
    'story.json': json(meta),
    'article.txt': story.text,
    'links.json': json(links),
    'notes.json': json(story.notes),
    'events.json': json(story.events),
    ...(places.length ? { 'places.geojson': placesFile(places) } : {}),
  };
  return {
    story: { ...story, meta, passages, links, places: places.length ? places : null },
    files,
  };
}
