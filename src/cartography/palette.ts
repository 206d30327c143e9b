// Colours by what a layer is, not by a story's layer ids: the Okabe–Ito palette for the situation
// kinds, distinguishable with the common forms of colour blindness (https://jfly.uni-koeln.de/color/).
// Each kind also has a second cue (line pattern, label or symbol), so colour is never the only one.
export const COLORS = {
  boundaryLine: '#D55E00', // vermillion, dashed
  region: '#0072B2', // blue, thick outline
  situationArea: '#009E73', // bluish green, fill + labels
  incident: '#CC79A7', // reddish purple, dotted outline + point
  mentioned: '#E69F00', // orange, point
  zone: '#7a5c99', // muted purple, dashed outline over a light fill
  terrain: '#7a5a3a', // brown names
  rail: '#333333',
  crossing: '#D55E00',
  land: '#f2efe9',
  /** A territory's fill, until the story's region gives its own (regions/<id>.json, territoryColor). */
  territory: '#fbfaf6',
  countryLine: '#8c857a',
  municipalityLine: '#b9b2a5',
  water: '#5b9bd5',
  label: '#2b2b2b',
  halo: '#ffffff',
  selection: '#1a1a1a',
} as const;
