// What a layer kind is (one file each in src/cartography/kinds/): its name, the words the details
// show for the kinds of feature it holds, and how a layer of the kind is drawn, as data: its colour
// and underline in the article, its legend, its shapes and its label rule. A drawing serves both roles
// in a story unless the kind gives another for context. `drawLayer` turns a drawing into the style of
// one layer: its style layers are named `<prefix>-<part>` and read its source, and its label reads
// the layer's label source (the label points, or the features themselves).
import type {
  CircleLayerSpecification,
  FillLayerSpecification,
  LayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import type { FeatureKind } from '../domain/vocabulary.ts';
import type { LayerRole } from '../story/schema.ts';
import type { LayerStyle, PickMetadata } from './mapStyle.ts';

/**
 * A fill, line or circle of the layer, named by its part: `{ part: 'fill' }` draws `<prefix>-fill`;
 * `metadata` says how it answers a click, when not as its type does (mapStyle.ts, pickKindOf).
 */
type ShapeOf<L> = Omit<L, 'id' | 'source' | 'metadata'> & { part: string; metadata?: PickMetadata };
export type Shape =
  ShapeOf<FillLayerSpecification> | ShapeOf<LineLayerSpecification> | ShapeOf<CircleLayerSpecification>;

/** Where and how the names are drawn: the `<prefix>-label` symbol layer, read from the label source. */
export type LabelRule = Omit<SymbolLayerSpecification, 'id' | 'type' | 'source'>;

export interface Drawing extends Omit<LayerStyle, 'layers'> {
  /** Bottom to top; none for a kind that only names things. */
  shapes: Shape[];
  label: LabelRule;
}

export interface LayerKindDefinition<K extends string = string, F extends FeatureKind = never> {
  kind: K;
  /** The words the details show for each kind of feature a layer of this kind holds (FEATURE_KINDS). */
  featureLabels: Partial<Record<FeatureKind, string>> & Record<F, string>;
  drawing: Drawing;
  /** How a layer of this kind is drawn as a story's context, where that differs from `drawing`. */
  contextDrawing?: Drawing;
}

/** A kind with its name and feature kinds kept as literals, so the kinds index can derive their types. */
export const defineLayerKind = <const K extends string, F extends FeatureKind = never>(
  definition: LayerKindDefinition<K, F>,
): LayerKindDefinition<K, F> => definition;

export function drawingFor(kind: LayerKindDefinition, role: LayerRole): Drawing {
  return role === 'context' ? (kind.contextDrawing ?? kind.drawing) : kind.drawing;
}

export interface DrawingTarget {
  /** Prefix of the style layers' ids. */
  prefix: string;
  /** The layer's source. */
  source: string;
  /** Where its labels are drawn from: `<source>-labels` (label points) or the source itself. */
  labels: string;
}

export function drawLayer(
  { color, underline, legend, shapes, label, labelPriority }: Drawing,
  { prefix, source, labels }: DrawingTarget,
): LayerStyle {
  const layers = [
    // The union of shape types does not survive taking `part` out and putting `id` and `source` in.
    ...shapes.map(
      ({ part, type, ...rest }) => ({ id: `${prefix}-${part}`, type, source, ...rest }) as LayerSpecification,
    ),
    { id: `${prefix}-label`, type: 'symbol', source: labels, ...label } satisfies SymbolLayerSpecification,
  ];
  return { color, underline, legend, layers, ...(labelPriority === undefined ? {} : { labelPriority }) };
}
