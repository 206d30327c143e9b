// rail-stations.geojson: the OpenStreetMap railway stations and halts of the north (ODbL), as points
// with their names in both languages. Nodes of one station (two OSM nodes a few metres apart, as at
// Mitrovicë and Vushtrri) are merged. No track is drawn: no track geometry is available offline.
import * as turf from '@turf/turf';
import type { Point } from 'geojson';
import type { SituationFeature } from '../../src/domain/schema';
import { SOURCES } from '../../src/domain/sources';
import type { Inputs } from '../lib/inputs';
import { makeFeature } from '../lib/output';
import { fold, normaliseName, serbianCyrillicToLatin } from '../lib/names';
import { serbianLatinToCyrillic } from '../lib/cyrillic';

/** Nodes this close are one station. */
export const SAME_STATION_KM = 0.3;

/** "Železnička stanica X", "Stacioni i Trenit X", "X stajalište", "X v.ç" are X. */
function placeName(name: string | undefined): string | null {
  if (!name) return null;
  const bare = normaliseName(name)
    .replace(
      /^(železnička stanica|железничка станица|stacioni i trenit|stationi hekurudhor|railway station)\s+/i,
      '',
    )
    .replace(/\s+(stajalište|стајалиште|v\.ç\.?)$/i, '')
    .trim();
  return bare || null;
}

const CYRILLIC = /[\u0400-\u04FF]/;
const ALBANIAN = /[ëçËÇ]|^(Stacioni|Stationi)|v\.ç/;

interface Node {
  coordinates: [number, number];
  sq: string | null;
  sr: string | null;
  srCyrl: string | null;
  line: string;
  osm: string[];
}

function nodeOf(f: GeoJSON.Feature): Node {
  const p = (f.properties ?? {}) as Record<string, string | undefined>;
  const sr =
    placeName(p['name:sr-Latn']) ?? (p['name:sr'] ? serbianCyrillicToLatin(placeName(p['name:sr'])!) : null);
  const srCyrl = placeName(p['name:sr']) ?? (sr ? serbianLatinToCyrillic(sr) : null);
  const main = placeName(p.name);
  const sq =
    placeName(p['name:sq']) ?? (main && !CYRILLIC.test(main) && ALBANIAN.test(p.name ?? '') ? main : null);
  return {
    coordinates: (f.geometry as Point).coordinates as [number, number],
    sq,
    sr: sr ?? (main && !CYRILLIC.test(main) && !ALBANIAN.test(p.name ?? '') ? main : null),
    srCyrl: srCyrl && CYRILLIC.test(srCyrl) ? srCyrl : null,
    line: String(p.line ?? ''),
    osm: [String(p['@id'] ?? p.id ?? '')].filter(Boolean),
  };
}

export function buildStations(inputs: Inputs): SituationFeature[] {
  const merged: Node[] = [];
  for (const node of inputs.railStations.features.map(nodeOf)) {
    const same = merged.find((m) => turf.distance(m.coordinates, node.coordinates) <= SAME_STATION_KM);
    if (!same) {
      merged.push(node);
      continue;
    }
    same.sq ??= node.sq;
    same.sr ??= node.sr;
    same.srCyrl ??= node.srCyrl;
    same.osm.push(...node.osm);
  }
  return merged.map((s) => {
    const en = s.sr ?? s.sq ?? 'Station';
    const id = `station-${fold(en)
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}`;
    return makeFeature(
      {
        id,
        name: { en, sq: s.sq, 'sr-Latn': s.sr, 'sr-Cyrl': s.srCyrl },
        kind: 'station',
        precision: 'approximate',
        rank: 4,
        areaKm2: null,
        lengthKm: null,
        derivation: `OpenStreetMap railway station or halt${s.osm.length > 1 ? ` (${s.osm.length} nodes a few metres apart, merged)` : ''}${s.line ? `, on the ${s.line} line` : ''}. Names from its OSM name tags (generic words such as "railway station" removed); a form no tag gives is left empty rather than guessed.${s.sq === null ? ' No Albanian form among its OSM names.' : ''}${s.sr === null ? ' No Serbian form among its OSM names.' : ''}`,
        note: 'The track is not drawn: no track geometry is available offline.',
        sources: [SOURCES.osmRailStations],
      },
      { type: 'Point', coordinates: s.coordinates },
    );
  });
}
