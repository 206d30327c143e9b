// Colours of the situation layers: the Okabe–Ito palette, distinguishable with the common forms of
// colour blindness (https://jfly.uni-koeln.de/color/). Each layer also has a second cue (line
// pattern, label or symbol), so colour is never the only one.
export const COLORS = {
  border: '#D55E00', // vermillion, dashed
  northKosovo: '#0072B2', // blue, thick outline
  municipalities: '#009E73', // bluish green, fill + labels
  monastery: '#CC79A7', // reddish purple, hatched-looking dotted outline + point
  crossing: '#D55E00',
  land: '#f2efe9',
  kosovo: '#fbfaf6',
  countryLine: '#8c857a',
  municipalityLine: '#b9b2a5',
  water: '#5b9bd5',
  label: '#2b2b2b',
  halo: '#ffffff',
  selection: '#1a1a1a',
} as const;
