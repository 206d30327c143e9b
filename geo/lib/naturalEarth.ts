// Natural Earth 1:10m countries from npm world-atlas (public domain). Kosovo has no ISO numeric id
// there; features are selected by properties.name (topojson/world-atlas issue #23).
import { createRequire } from 'node:module';
import { feature, mesh } from 'topojson-client';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

const require = createRequire(import.meta.url);

interface CountryProps {
  name: string;
}

function loadTopology(): Topology<{ countries: GeometryCollection<CountryProps> }> {
  return require('world-atlas/countries-10m.json');
}

export function naturalEarthCountries(names: string[]): Feature<Polygon | MultiPolygon, CountryProps>[] {
  const topology = loadTopology();
  const all = feature(topology, topology.objects.countries).features as Feature<
    Polygon | MultiPolygon,
    CountryProps
  >[];
  return names.map((name) => {
    const found = all.find((f) => f.properties.name === name);
    if (!found) throw new Error(`world-atlas countries-10m has no country named ${name}`);
    return found;
  });
}

/** The Kosovo–Serbia line as Natural Earth draws it: the arcs the two countries share. */
export function naturalEarthKosovoSerbiaLine(): MultiLineString {
  const topology = loadTopology();
  const nameOf = (g: { properties?: object }) => (g.properties as Partial<CountryProps> | undefined)?.name;
  const isPair = (a: { properties?: object }, b: { properties?: object }) => {
    const names = [nameOf(a), nameOf(b)].sort().join('|');
    return names === 'Kosovo|Serbia';
  };
  return mesh(topology, topology.objects.countries, isPair);
}

/** Every country of Natural Earth 1:10m with its ISO 3166 numeric id (none for Kosovo, N. Cyprus…). */
export function naturalEarthAllCountries(): Feature<
  Polygon | MultiPolygon,
  CountryProps & { id?: string }
>[] {
  const topology = loadTopology();
  return (
    feature(topology, topology.objects.countries).features as (Feature<
      Polygon | MultiPolygon,
      CountryProps
    > & {
      id?: string | number;
    })[]
  ).map((f) => ({
    ...f,
    properties: { ...f.properties, id: f.id === undefined ? undefined : String(f.id) },
  }));
}
