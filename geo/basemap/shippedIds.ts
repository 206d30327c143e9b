// Which base-map labels stand for a feature the shipped layers (public/data/) already draw: the same
// place by its name forms and its distance. A base-map feature that matches gets that feature's id as
// `shipped_id`, and the style hides its label where the story's layer draws the feature (nothing
// labelled twice). The rules, per base-map layer and class: which shipped layers it may stand for and
// how far apart the two may lie; a name matches when one form of each, folded (no case, no diacritics,
// Cyrillic read in Latin), is equal, or for places and waters nearer than a kilometre differs by one
// letter (OSM "Kërligatë" for GeoNames "Krligatë", "Međeđi Potok" for "Medveđi Potok", "Sitnicë" for
// "Sitnica"; "Donje" and "Gornje" differ by more). The shipped forms are the feature's names and the geoparser
// gazetteer's names for it (which add aliases such as "Ibër" beside the shipped "Ibri").
import * as turf from '@turf/turf';
import type { Geometry, LineString, MultiLineString, Position } from 'geojson';
import { CYRILLIC, editDistance, fold, serbianCyrillicToLatin } from '../lib/names';

export interface ShippedCandidate {
  id: string;
  /** The registry layer id it ships in. */
  layer: string;
  names: string[];
  geometry: Geometry;
}

/** One rule: what a base-map feature of a layer (and class) may stand for, and how near it must be. */
interface MatchRule {
  layers: readonly string[];
  /** Kilometres between the base-map feature and the shipped geometry. */
  km: number;
  /** Within this distance, a form of six letters or more one letter off also matches. */
  nearKm?: number;
}

/** Per base-map layer, per class ('*' for any other), the rule. */
export const MATCH_RULES: Record<string, Record<string, MatchRule>> = {
  place: {
    country: { layers: ['countries', 'kosovo'], km: 300 },
    city: { layers: ['places'], km: 6, nearKm: 1 },
    town: { layers: ['places'], km: 5, nearKm: 1 },
    '*': { layers: ['places'], km: 2.5, nearKm: 1 },
  },
  water_name: { '*': { layers: ['landmarks', 'rivers'], km: 2, nearKm: 2 } },
  // A river of the same name within 2 km is the same river (OSM's Sitnica runs on a kilometre past
  // EU-Hydro's end to its mouth in Mitrovica).
  waterway: { '*': { layers: ['rivers'], km: 2, nearKm: 2 } },
  mountain_peak: { '*': { layers: ['terrain'], km: 3 } },
};

export const nameKey = (form: string) =>
  fold(CYRILLIC.test(form) ? serbianCyrillicToLatin(form) : form).trim();

/** Kilometres from a point to a shipped geometry (0 inside an area). */
function distanceKm(at: Position, geometry: Geometry): number {
  switch (geometry.type) {
    case 'Point':
      return turf.distance(at, geometry.coordinates);
    case 'LineString':
    case 'MultiLineString': {
      const lines = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
      return Math.min(...lines.map((l) => turf.pointToLineDistance(at, turf.lineString(l))));
    }
    case 'Polygon':
    case 'MultiPolygon':
      return Math.max(0, turf.pointToPolygonDistance(at, geometry));
    default:
      return Infinity;
  }
}

export class ShippedIndex {
  private readonly byName = new Map<string, ShippedCandidate[]>();
  private readonly all: { c: ShippedCandidate; bbox: number[]; keys: string[] }[] = [];

  constructor(candidates: readonly ShippedCandidate[]) {
    for (const c of candidates)
      this.all.push({ c, bbox: turf.bbox(c.geometry), keys: [...new Set(c.names.map(nameKey))] });
    for (const c of candidates)
      for (const key of new Set(c.names.map(nameKey).filter(Boolean))) {
        const list = this.byName.get(key) ?? [];
        list.push(c);
        this.byName.set(key, list);
      }
  }

  /**
   * The id of the shipped feature this base-map feature stands for, if any: of the candidates that
   * share a name form and lie within the rule's distance, the nearest.
   */
  match(layer: string, cls: string | undefined, forms: readonly string[], at: Position): string | undefined {
    const rules = MATCH_RULES[layer];
    const rule = rules ? (rules[cls ?? ''] ?? rules['*']) : undefined;
    if (!rule) return undefined;
    const seen = new Set<ShippedCandidate>();
    for (const key of new Set(forms.map(nameKey)))
      for (const c of this.byName.get(key) ?? []) if (rule.layers.includes(c.layer)) seen.add(c);
    let best: { id: string; km: number } | undefined;
    for (const c of seen) {
      const km = distanceKm(at, c.geometry);
      if (km <= rule.km && (!best || km < best.km)) best = { id: c.id, km };
    }
    return best?.id ?? (rule.nearKm ? this.nearMatch(rule, forms, at, rule.nearKm) : undefined);
  }

  /** The nearest feature within `km` with a form one letter off a form of six or more letters. */
  private nearMatch(rule: MatchRule, forms: readonly string[], at: Position, km: number): string | undefined {
    const keys = [...new Set(forms.map(nameKey))].filter((k) => k.length >= 6);
    if (!keys.length) return undefined;
    const dLat = km / 111;
    const dLon = dLat / Math.cos((at[1] * Math.PI) / 180);
    let best: { id: string; km: number } | undefined;
    for (const { c, bbox, keys: theirs } of this.all) {
      if (!rule.layers.includes(c.layer)) continue;
      if (
        at[0] < bbox[0] - dLon ||
        at[0] > bbox[2] + dLon ||
        at[1] < bbox[1] - dLat ||
        at[1] > bbox[3] + dLat
      )
        continue;
      if (
        !theirs.some((k) => keys.some((f) => Math.abs(k.length - f.length) <= 1 && editDistance(k, f) <= 1))
      )
        continue;
      const d = distanceKm(at, c.geometry);
      if (d <= km && (!best || d < best.km)) best = { id: c.id, km: d };
    }
    return best?.id;
  }
}

/** A line's middle vertex (of its longest part): where a named line is matched. */
export function middleOfLine(geometry: LineString | MultiLineString): Position {
  const parts = geometry.type === 'LineString' ? [geometry.coordinates] : geometry.coordinates;
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest[Math.floor(longest.length / 2)];
}
