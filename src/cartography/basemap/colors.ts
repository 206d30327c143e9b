// The base map's colours: few and pale, under the story's Okabe–Ito colours (../palette.ts), as
// OpenMapTiles' Positron keeps its ground under thematic data: water a greyed blue, forest a greyed
// green, built-up areas a shade darker than the land, roads white with a light casing (the major ones
// cream), the railway grey. None is one of the story's colours or near one.
export const BASE_MAP_COLORS = {
  water: '#c5dbeb',
  waterway: '#a9c9e3',
  waterLabel: '#4b7299',
  forest: '#e4ebdb',
  builtUp: '#e8e2d8',
  roadCasing: '#d3c9b9',
  majorRoadCasing: '#c2b398',
  road: '#ffffff',
  majorRoad: '#fcecc9',
  rail: '#a39c90',
  placeLabel: '#5f594f',
  roadLabel: '#6f675a',
  peakLabel: '#7b6a55',
  labelHalo: '#ffffff',
} as const;
