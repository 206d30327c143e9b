// The layers a story shows: its choice among the registry's layers (story.json's `layers`), each with
// its role, title and legend wording, in the registry's drawing order and with its style. Pure: the
// build and `npm run story -- check` run it on every bundle, so a story naming an unknown layer, or
// wording a legend it does not have, is refused with the file and the entry.
import { LAYER_REGISTRY, stylePrefix, type LayerDefinition } from './layerRegistry';
import type { LayerRole, StoryLayer } from '../story/schema';
import { drawingOf } from './layerDrawings';
import type { LayerStyle } from './mapStyle';

export interface ActiveLayer extends LayerDefinition {
  role: LayerRole;
  title: string;
  visibleByDefault: boolean;
  /** Loaded after the map's first idle: the registry says it may be, and the story does not make it situation. */
  loadsAfterFirstIdle: boolean;
  style: LayerStyle;
}

export function resolveStoryLayers(chosen: readonly StoryLayer[]): {
  layers: ActiveLayer[];
  problems: string[];
} {
  const problems: string[] = [];
  const seen = new Set<string>();
  chosen.forEach((layer, i) => {
    const where = `story.json: layers entry ${i + 1} (${layer.id})`;
    if (!LAYER_REGISTRY.some((d) => d.id === layer.id))
      problems.push(
        `${where}: no layer "${layer.id}" in the registry (known: ${LAYER_REGISTRY.map((d) => d.id).join(', ')})`,
      );
    if (seen.has(layer.id)) problems.push(`${where}: the layer is listed twice`);
    seen.add(layer.id);
  });
  const layers: ActiveLayer[] = [];
  for (const definition of LAYER_REGISTRY as readonly LayerDefinition[]) {
    const story = chosen.find((l) => l.id === definition.id);
    if (!story) continue;
    const prefix = stylePrefix(definition.id);
    const drawn = drawingOf(
      definition.kind,
      story.role,
    )({
      prefix,
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
