// The layers a story shows: its choice among the registry's layers (story.json's `layers`), each with
// its role, title and legend wording, in the registry's drawing order and with its style (its kind's
// drawing for its role). Pure: the build and `npm run story -- check` run it on every bundle, so a
// story naming an unknown layer, or wording a legend it does not have, is refused with the file and the entry.
import { COLORS } from './palette.ts';
import { LAYER_REGISTRY, stylePrefix, type LayerDefinition } from './layerRegistry.ts';
import type { LayerRole, StoryLayer } from '../story/schema.ts';
import { LAYER_KIND_LIST, type LayerKind } from './kinds/index.ts';
import { drawingFor, drawLayer, type LayerKindDefinition } from './layerKind.ts';
import type { LayerStyle } from './mapStyle.ts';

export interface ActiveLayer<K extends string = LayerKind> extends LayerDefinition<K> {
  role: LayerRole;
  title: string;
  visibleByDefault: boolean;
  /** Loaded after the map's first idle: the registry says it may be, and the story does not make it situation. */
  loadsAfterFirstIdle: boolean;
  style: LayerStyle;
}

/** The layers and kinds a story chooses from: the registry and the kinds index (a test adds to them). */
export interface LayerCatalogue<K extends string = LayerKind> {
  registry: readonly LayerDefinition<K>[];
  kinds: readonly LayerKindDefinition[];
}

const CATALOGUE: LayerCatalogue = { registry: LAYER_REGISTRY, kinds: LAYER_KIND_LIST };

interface Resolved<K extends string> {
  layers: ActiveLayer<K>[];
  problems: string[];
}

export function resolveStoryLayers(chosen: readonly StoryLayer[]): Resolved<LayerKind>;
export function resolveStoryLayers<K extends string>(
  chosen: readonly StoryLayer[],
  catalogue: LayerCatalogue<K>,
): Resolved<K>;
export function resolveStoryLayers(
  chosen: readonly StoryLayer[],
  { registry, kinds }: LayerCatalogue<string> = CATALOGUE,
): Resolved<string> {
  const problems: string[] = [];
  const seen = new Set<string>();
  chosen.forEach((layer, i) => {
    const where = `story.json: layers entry ${i + 1} (${layer.id})`;
    if (!registry.some((d) => d.id === layer.id))
      problems.push(
        `${where}: no layer "${layer.id}" in the registry (known: ${registry.map((d) => d.id).join(', ')})`,
      );
    if (seen.has(layer.id)) problems.push(`${where}: the layer is listed twice`);
    seen.add(layer.id);
  });
  const layers: ActiveLayer<string>[] = [];
  for (const definition of registry) {
    const story = chosen.find((l) => l.id === definition.id);
    if (!story) continue;
    const kind = kinds.find((k) => k.kind === definition.kind);
    if (!kind) {
      problems.push(
        `registry layer "${definition.id}": no layer kind "${definition.kind}" in src/cartography/kinds/index.ts`,
      );
      continue;
    }
    const drawn = drawLayer(drawingFor(kind, story.role), {
      prefix: stylePrefix(definition.id),
      source: definition.id,
      labels: definition.labels === 'label-points' ? `${definition.id}-labels` : definition.id,
    });
    if (story.legend && story.legend.length !== drawn.legend.length)
      problems.push(
        `story.json: layers entry ${chosen.indexOf(story) + 1} (${story.id}), field legend: ${story.legend.length} wordings for a legend of ${drawn.legend.length} entries`,
      );
    const legend = drawn.legend.map((entry, i) => ({ ...entry, label: story.legend?.[i] ?? entry.label }));
    layers.push({
      ...definition,
      role: story.role,
      title: story.title,
      visibleByDefault: story.visibleByDefault,
      loadsAfterFirstIdle: definition.afterFirstIdle === true && story.role !== 'situation',
      style: { ...drawn, legend },
    });
  }
  return { layers, problems };
}

/**
 * The story's layers in its region's colours: the territory fill the kinds draw with the palette's
 * placeholder (COLORS.territory) becomes the region's `territoryColor`, in the style and the legend.
 */
export function inRegionColours<K extends string>(
  layers: ActiveLayer<K>[],
  territoryColor: string,
): ActiveLayer<K>[] {
  if (territoryColor.toLowerCase() === COLORS.territory) return layers;
  const recolour = (value: unknown): unknown =>
    value === COLORS.territory
      ? territoryColor
      : Array.isArray(value)
        ? value.map(recolour)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, recolour(v)]))
          : value;
  return layers.map((layer) => ({ ...layer, style: recolour(layer.style) as LayerStyle }));
}
