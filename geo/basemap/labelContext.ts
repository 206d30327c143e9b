// What the base map's labels need from the shipped layers (public/data/, written by the layer steps
// before the base map): the majority language of each Kosovo municipality, for the order of names,
// and the features the story's layers label, for `shipped_id`.
import * as turf from '@turf/turf';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { layerFileSchema, type SituationFeature } from '../../src/domain/schema';
import { LAYER_REGISTRY } from '../../src/cartography/layerRegistry';
import { OUTPUT_DIR } from '../lib/output';
import { GAZETTEER_FILE } from '../gazetteer/output';
import { MATCH_RULES, ShippedIndex, type ShippedCandidate } from './shippedIds';
import type { MajorityLanguage } from './tileNames';

export interface LabelContext {
  /** The majority language of the Kosovo municipality the point lies in (nearest, just outside the line). */
  localLanguage(at: Position): MajorityLanguage | null;
  shippedId(
    layer: string,
    cls: string | undefined,
    forms: readonly string[],
    at: Position,
  ): string | undefined;
}

function readLayer(dir: string, id: string): SituationFeature[] {
  const file = LAYER_REGISTRY.find((l) => l.id === id)?.file;
  if (!file || file === 'story') throw new Error(`basemap: ${id} is not a shipped layer`);
  const path = resolve(dir, file);
  if (!existsSync(path))
    throw new Error(`basemap: ${path} is missing: run the layer steps first (npm run geo)`);
  return layerFileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).features;
}

interface Municipality {
  bbox: number[];
  geometry: Polygon | MultiPolygon;
  language: MajorityLanguage;
}

export function readLabelContext(
  dataDir: string = OUTPUT_DIR,
  gazetteerFile: string = GAZETTEER_FILE,
): LabelContext {
  const municipalities: Municipality[] = [
    ...readLayer(dataDir, 'municipalities'),
    ...readLayer(dataDir, 'kosovoMunicipalities'),
  ].map((f) => ({
    bbox: turf.bbox(f),
    geometry: f.geometry as Polygon | MultiPolygon,
    language: (f.properties.localLanguage ?? 'sq') as MajorityLanguage,
  }));
  if (municipalities.length !== 38)
    throw new Error(`basemap: ${municipalities.length} Kosovo municipalities, expected 38`);

  // Shipped features of the layers a base-map label may stand for, with their gazetteer names.
  const layers = new Set(
    Object.values(MATCH_RULES).flatMap((r) => Object.values(r).flatMap((m) => m.layers)),
  );
  const gazetteer = existsSync(gazetteerFile)
    ? (JSON.parse(readFileSync(gazetteerFile, 'utf8')) as {
        places: { featureId: string | null; names: string[] }[];
      })
    : { places: [] };
  const aliases = new Map<string, string[]>();
  for (const p of gazetteer.places)
    if (p.featureId) aliases.set(p.featureId, [...(aliases.get(p.featureId) ?? []), ...p.names]);
  const candidates: ShippedCandidate[] = [...layers].flatMap((layer) =>
    readLayer(dataDir, layer).map((f) => ({
      id: f.properties.id,
      layer,
      names: [
        ...Object.values(f.properties.name).filter((n): n is string => Boolean(n)),
        ...(aliases.get(f.properties.id) ?? []),
      ],
      geometry: f.geometry,
    })),
  );
  const index = new ShippedIndex(candidates);

  const languages = new Map<string, MajorityLanguage | null>();
  const localLanguage = (at: Position): MajorityLanguage | null => {
    const key = `${at[0].toFixed(4)},${at[1].toFixed(4)}`;
    if (languages.has(key)) return languages.get(key)!;
    const near = municipalities.filter(
      (m) =>
        at[0] >= m.bbox[0] - 0.05 &&
        at[0] <= m.bbox[2] + 0.05 &&
        at[1] >= m.bbox[1] - 0.05 &&
        at[1] <= m.bbox[3] + 0.05,
    );
    const inside = near.find((m) => turf.booleanPointInPolygon(at, m.geometry));
    // Just outside the simplified line (OSM's Kosovo reaches a little further): the nearest municipality.
    const found =
      inside ??
      near.map((m) => ({ m, km: turf.pointToPolygonDistance(at, m.geometry) })).sort((a, b) => a.km - b.km)[0]
        ?.m;
    const language = found?.language ?? null;
    languages.set(key, language);
    return language;
  };

  return {
    localLanguage,
    shippedId: (layer, cls, forms, at) => index.match(layer, cls, forms, at),
  };
}
