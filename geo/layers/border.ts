// border.geojson: the Kosovo–Serbia border, the stretch of Kosovo's outline that faces Serbia.
//
// Kosovo's outline (union of the ADM2 municipalities) and Serbia's outline (geoBoundaries SRB ADM0,
// which excludes Kosovo) come from different OSM extracts and disagree by up to ~900 m along the line
// (PROVENANCE.md §5). A vertex of Kosovo's outline "faces Serbia" when it lies within TOLERANCE_KM of
// Serbia's outline; the border is the longest run of such vertices around the ring. Where Kosovo meets
// Montenegro and North Macedonia the two outlines part, so the run ends there, overshooting each
// tripoint by at most the tolerance; the pipeline reports both endpoints' distance to Natural Earth's
// tripoints as a check.
import * as turf from '@turf/turf';
import type { LineString, Position } from 'geojson';
import type { SituationFeature } from '../../src/domain/schema';
import { SOURCES } from '../../src/domain/sources';
import type { Inputs, Area } from '../lib/inputs';
import { makeFeature } from '../lib/output';
import { lengthKm } from '../../src/features/measure';

export const TOLERANCE_KM = 1.0;

function outerRings(area: Area): Position[][] {
  return area.geometry.type === 'Polygon'
    ? [area.geometry.coordinates[0]]
    : area.geometry.coordinates.map((p) => p[0]);
}

/** Indices [start, end] (inclusive, may wrap) of the longest circular run where `inside[i]` holds. */
export function longestCircularRun(inside: boolean[]): [number, number] | null {
  const n = inside.length;
  if (inside.every(Boolean)) return [0, n - 1];
  const firstOutside = inside.indexOf(false);
  if (firstOutside === -1) return null;
  let best: [number, number] | null = null;
  let runStart = -1;
  for (let k = 1; k <= n; k++) {
    const i = (firstOutside + k) % n;
    if (inside[i] && runStart === -1) runStart = i;
    if ((!inside[i] || k === n) && runStart !== -1) {
      const end = (i - 1 + n) % n;
      const len = (end - runStart + n) % n;
      if (!best || len > (best[1] - best[0] + n) % n) best = [runStart, end];
      runStart = -1;
    }
  }
  return best;
}

export interface BorderStats {
  vertices: number;
  lengthKm: number;
  medianDistanceToSerbiaM: number;
  maxDistanceToSerbiaM: number;
}

export function borderLine(kosovo: Area, serbia: Area): { line: LineString; stats: BorderStats } {
  const ring = outerRings(kosovo)[0].slice(0, -1); // drop the closing vertex
  const serbiaLines = outerRings(serbia).map((r) => turf.lineString(r));
  const distances = ring.map((p) =>
    Math.min(...serbiaLines.map((l) => turf.pointToLineDistance(p, l, { units: 'kilometers' }))),
  );
  const run = longestCircularRun(distances.map((d) => d <= TOLERANCE_KM));
  if (!run) throw new Error("border: no stretch of Kosovo's outline lies near Serbia's outline");
  const [start, end] = run;
  const indices: number[] = [];
  for (let i = start; ; i = (i + 1) % ring.length) {
    indices.push(i);
    if (i === end) break;
  }
  const line: LineString = { type: 'LineString', coordinates: indices.map((i) => ring[i]) };
  const used = indices.map((i) => distances[i] * 1000).sort((a, b) => a - b);
  return {
    line,
    stats: {
      vertices: indices.length,
      lengthKm: lengthKm(line),
      medianDistanceToSerbiaM: Math.round(used[Math.floor(used.length / 2)]),
      maxDistanceToSerbiaM: Math.round(used[used.length - 1]),
    },
  };
}

export function buildBorder(
  inputs: Inputs,
  kosovo: Area,
): { features: SituationFeature[]; stats: BorderStats } {
  const { line, stats } = borderLine(kosovo, inputs.serbiaOutline);
  const feature = makeFeature(
    {
      id: 'kosovo-serbia-border',
      name: {
        en: 'Kosovo–Serbia border',
        sq: 'Kufiri Kosovë–Serbi',
        'sr-Latn': 'Administrativna linija Kosovo–Srbija',
        'sr-Cyrl': 'Административна линија Косово–Србија',
      },
      kind: 'border',
      precision: 'derived',
      rank: 1,
      areaKm2: null,
      lengthKm: stats.lengthKm,
      derivation: `The stretch of Kosovo's outline (union of the geoBoundaries ADM2 municipalities) whose vertices lie within ${TOLERANCE_KM} km of Serbia's outline (geoBoundaries SRB ADM0): ${stats.vertices} vertices from the tripoint with Montenegro to the tripoint with North Macedonia; median distance to Serbia's outline ${stats.medianDistanceToSerbiaM} m, largest ${stats.maxDistanceToSerbiaM} m. Not simplified.`,
      note: `Kosovo regards this line as its state border; Serbia, which does not recognise Kosovo, calls it the administrative line. The two sources disagree by up to about 900 m; the line is drawn from Kosovo's outline. Its drawn length, ${stats.lengthKm.toFixed(1)} km, is one of several figures: published lengths run from 352 km (allelanden.com/land/kosovo.html, a country-facts page that links the CIA World Factbook without saying which edition its figures come from) and 366 km (CIA World Factbook, as reproduced at indexmundi.com/factbook/compare/serbia.kosovo/geography) to 381.6 km (Kosovo Agency of Statistics, Statistical Yearbook 2014, table 1-1, as cited at geosite.jankrogh.com/borders/kosovo.htm). A line's length grows with the detail it is drawn at (generalisation): no single figure is authoritative.`,
      sources: [SOURCES.geoBoundariesKosovoAdm2, SOURCES.geoBoundariesSerbiaAdm0],
    },
    line,
  );
  return { features: [feature], stats };
}
