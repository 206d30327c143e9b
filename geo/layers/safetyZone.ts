// ground-safety-zone.geojson: the 5 km Ground Safety Zone of the 1999 Military Technical Agreement,
// derived: the buffer of the Kosovo–Serbia line on Serbia's side, that is inside Serbia's outline and
// outside the part of Kosovo's outline that Serbia's does not cover. The shipped line follows Serbia's
// outline (median distance 0 m); where Kosovo's outline overlaps Serbia's (up to about 1.2 km) the
// overlap lies on Serbia's side of the line and stays in the zone; the slivers where the outlines
// leave a gap lie on Kosovo's side and stay out. No army position is drawn: none is public.
import * as turf from '@turf/turf';
import type { Feature, LineString, MultiPolygon, Polygon } from 'geojson';
import type { SituationFeature } from '../../src/domain/schema';
import { SOURCES } from '../../src/domain/sources';
import type { Area } from '../lib/inputs';
import { makeFeature } from '../lib/output';
import { areaKm2 } from '../../src/features/measure';

export const ZONE_KM = 5;

export function buildSafetyZone(border: LineString, serbia: Area, kosovo: Area): SituationFeature {
  const buffer = turf.buffer(turf.lineString(border.coordinates), ZONE_KM, {
    units: 'kilometers',
    steps: 16,
  })!;
  const inSerbia = turf.intersect(
    turf.featureCollection([buffer, serbia as Feature<Polygon | MultiPolygon>]),
  );
  if (!inSerbia) throw new Error('safety zone: the buffer of the line does not meet Serbia');
  const kosovoOnly = turf.difference(
    turf.featureCollection([
      kosovo as Feature<Polygon | MultiPolygon>,
      serbia as Feature<Polygon | MultiPolygon>,
    ]),
  );
  const zone = kosovoOnly ? turf.difference(turf.featureCollection([inSerbia, kosovoOnly])) : inSerbia;
  if (!zone) throw new Error('safety zone: nothing left outside Kosovo');
  // Slivers the two outlines leave are not part of the zone: keep the parts of some size.
  const parts = (
    zone.geometry.type === 'Polygon' ? [zone.geometry.coordinates] : zone.geometry.coordinates
  ).filter((p) => turf.area(turf.polygon(p)) > 1e6);
  const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: parts };
  return makeFeature(
    {
      id: 'ground-safety-zone',
      name: {
        en: 'Ground Safety Zone (1999)',
        sq: 'Zona Tokësore e Sigurisë (1999)',
        'sr-Latn': 'Kopnena zona bezbednosti (1999)',
        'sr-Cyrl': 'Копнена зона безбедности (1999)',
      },
      kind: 'zone',
      precision: 'derived',
      rank: 3,
      areaKm2: areaKm2(geometry),
      lengthKm: null,
      derivation: `The ${ZONE_KM} km buffer of the shipped Kosovo–Serbia line (turf.buffer), intersected with Serbia's geoBoundaries outline, minus the part of Kosovo's outline that Serbia's does not cover (where the two outlines overlap, by up to about 1.2 km, the overlap is on Serbia's side of the line, which follows Serbia's outline); parts under 1 km² dropped. Not a surveyed boundary: the agreement defines the zone as 5 km from the Kosovo boundary.`,
      note: 'What it is: the strip of Serbia along the line that the 1999 Military Technical Agreement (Kumanovo) closed to Yugoslav forces. From March 2001 NATO let the Yugoslav army back into it in phases, the KFOR commander keeping the authority to order it out (NATO Update, week of 12–18 March 2001: the North Atlantic Council decided on 8 March, and the first Yugoslav troops entered the zone on 14 March). What it is not: where Serbian forces are today. No army positions are public and this map draws none; the rules in force today are not given here, as no source at hand states them. The article\'s "significant deployment" along the border names no place: this zone is context for reading it, not a claim of the article.',
      sources: [
        SOURCES.militaryTechnicalAgreement,
        SOURCES.geoBoundariesSerbiaAdm0,
        SOURCES.geoBoundariesKosovoAdm0,
      ],
    },
    geometry,
  );
}
