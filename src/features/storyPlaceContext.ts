// A story's own places (gazetteer points) placed among the shipped map's features: the country and
// the municipality's majority language for the order of their names (placeContext.ts), and their
// distance to the Kosovo–Serbia border (measure.ts). One way for drafting a story and for a place the
// editor adds at the desk. Pure.
import type { LineString } from 'geojson';
import type { SituationFeature } from '../domain/schema';
import { withPlaceContext } from './placeContext';
import { withBorderDistance } from './measure';

export function inShippedContext(
  places: SituationFeature[],
  /** The shipped features (what is missing, such as a layer not loaded, is left out of the context). */
  shipped: Iterable<SituationFeature>,
): SituationFeature[] {
  const all = [...shipped];
  const byId = (id: string) => all.find((f) => f.properties.id === id);
  const serbia = byId('serbia');
  const border = byId('kosovo-serbia-border');
  const placed = serbia
    ? withPlaceContext(
        places,
        all.filter((f) => f.properties.kind === 'municipality'),
        serbia,
      )
    : places;
  return border ? withBorderDistance(placed, border.geometry as LineString) : placed;
}
