// The base map's legend rows, from the groups that draw them (each keeps its rows beside its layers),
// in the order a reader scans a map: roads, railway, water, forest, built-up areas. A module of its own
// so the layers panel takes the rows without the names' expressions (labels.ts, names.ts), which only
// the map needs.
import type { LegendEntry } from '../mapStyle.ts';
import { landcover } from './landcover.ts';
import { rail } from './rail.ts';
import { roads } from './roads.ts';
import { water } from './water.ts';

export const BASE_MAP_LEGEND: LegendEntry[] = [
  ...roads.legend,
  ...rail.legend,
  ...water.legend,
  ...landcover.legend,
];
