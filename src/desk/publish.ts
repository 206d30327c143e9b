// What readers get from a review: the bundle's files derived from the editor's decisions, and
// nothing else. A rejected or "not a place here" mention leaves no link, no place, no focus and no
// label behind; the geoparser's words to the editor stay review data (a pending link keeps its
// proposal for the next review, an accepted one drops it); story.json says how many links an editor
// reviewed, and when. Pure: the desk's download and the tests call it.
import { jsonFile, type BundleFiles } from '../story/bundleFiles';
import type { ArticleLink, StoryMeta } from '../story/schema';
import type { Story } from '../story/story';
import { addedPlaces, notPlaces, workingLinks, type DeskDraft } from '../state/desk/draft';
import { layerText } from '../features/featureFile';
import { LAYER_REGISTRY } from '../cartography/layerRegistry';

const STORY_PLACES = LAYER_REGISTRY.find((l) => l.id === STORY_PLACES_LAYER)!;
import { focusOf, frameOf, mapLabelOf, type FactsOf } from '../story/derivedMeta';
import { STORY_PLACES_LAYER } from '../domain/ids';

/** The sentence `story new` writes until a review; a published review replaces it with its own record. */
const NOT_REVIEWED = /;? ?the links were proposed by the geoparser and are not reviewed yet\.?/;

export interface Published {
  story: Story;
  files: BundleFiles;
}

export function publish(
  story: Story,
  draft: DeskDraft,
  now: Date,
  shipped: { layerOf: ReadonlyMap<string, string>; factsOf: FactsOf },
): Published {
  const { layerOf } = shipped;
  const links: ArticleLink[] = workingLinks(draft).map((link) => {
    if (link.status !== 'reviewed' || !link.proposal) return link;
    const rest = { ...link };
    delete rest.proposal;
    return rest;
  });
  const usedByEvents = new Set(story.events.flatMap((e) => e.places));
  const linked = new Set(links.map((l) => l.featureId));
  const every = [...(story.places ?? []), ...addedPlaces(draft.places, story.places)];
  const places = every.filter((f) => linked.has(f.properties.id) || usedByEvents.has(f.properties.id));
  // What follows from the links is derived again from the published ones — where the bundle had it
  // derived (story new, #new); a story whose editor wrote its own label, frame or focus keeps them,
  // less what was rejected and with what the editor linked anew.
  const factsOf: FactsOf = (id) => {
    const own = every.find((f) => f.properties.id === id);
    return own
      ? { kind: own.properties.kind, name: own.properties.name.en, at: own.properties.labelPoint }
      : shipped.factsOf(id);
  };
  const before = story.links;
  const derived = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const mapLabel = derived(story.meta.mapLabel, mapLabelOf(before, factsOf))
    ? mapLabelOf(links, factsOf)
    : story.meta.mapLabel;
  const defaultFrame = derived(story.meta.defaultFrame, frameOf(before, factsOf, story.region))
    ? frameOf(links, factsOf, story.region)
    : story.meta.defaultFrame;
  const focus = (p: { id: string; focus: readonly string[] }) => {
    if (derived(p.focus, focusOf(before, p.id, factsOf))) return focusOf(links, p.id, factsOf);
    const now = focusOf(links, p.id, factsOf);
    const anew = now.filter((id) => !before.some((l) => l.passageId === p.id && l.featureId === id));
    return [...new Set([...p.focus.filter((id) => now.includes(id)), ...anew])];
  };
  const passages = story.passages.map((p) => ({ ...p, focus: focus(p) }));
  const linkedLayers = new Set(
    links.map((l) =>
      places.some((f) => f.properties.id === l.featureId) ? STORY_PLACES_LAYER : layerOf.get(l.featureId),
    ),
  );
  // The story's own places as a layer of their own once it has any (the desk may have added the first).
  const withOwn =
    places.length > 0 && !story.meta.layers.some((l) => l.id === STORY_PLACES.id)
      ? [
          ...story.meta.layers,
          {
            id: STORY_PLACES.id,
            role: 'situation' as const,
            title: STORY_PLACES.defaultTitle,
            visibleByDefault: true,
          },
        ]
      : story.meta.layers;
  const layers = withOwn
    .filter((l) => l.id !== STORY_PLACES_LAYER || places.length > 0)
    .map((l) => (l.role === 'situation' && !linkedLayers.has(l.id) ? { ...l, role: 'context' as const } : l));
  const reviewedLinks = draft.items.filter((i) => i.state === 'accepted').length;
  const meta: StoryMeta = {
    ...story.meta,
    mapLabel,
    defaultFrame,
    provenance: story.meta.provenance.replace(NOT_REVIEWED, '.').replace(/\.\.$/, '.'),
    passages: story.meta.passages.map((p, i) => ({ ...p, focus: passages[i]?.focus ?? p.focus })),
    layers,
    // The names marked before stay marked: a review builds on the last one.
    review: {
      reviewedLinks,
      reviewedAt: now.toISOString(),
      notPlaces: [...new Set([...(story.meta.review?.notPlaces ?? []), ...notPlaces(draft)])],
    },
  };
  const files: BundleFiles = {
    'story.json': jsonFile(meta),
    'article.txt': story.text,
    'links.json': jsonFile(links),
    'notes.json': jsonFile(story.notes),
    'events.json': jsonFile(story.events),
    ...(places.length ? { 'places.geojson': layerText(places) } : {}),
  };
  return {
    story: { ...story, meta, passages, links, places: places.length ? places : null },
    files,
  };
}
