// Attribution for every data source the loaded layers use, as React text (MapLibre's own control
// writes its strings with innerHTML, so it is switched off).
import type { LoadedLayers } from '../data/featureIndex';
import { LAYER_IDS } from '../data/layers';

export function attributionsOf(layers: LoadedLayers): string[] {
  const seen = new Set<string>();
  for (const id of LAYER_IDS) {
    const load = layers[id];
    if (load.status !== 'ok') continue;
    for (const f of load.features) for (const s of f.properties.sources) seen.add(s.attribution);
  }
  return [...seen].sort();
}

/** Short credit line: the names every licence asks to see, always visible. */
export const SHORT_CREDITS =
  '© OpenStreetMap contributors · geoBoundaries · GeoNames · Natural Earth · Copernicus EU-Hydro · Wikipedia · simplemaps';

export function Attribution({ layers }: { layers: LoadedLayers }) {
  return (
    <details className="attribution" data-testid="attribution">
      <summary>
        Data: <span className="credits-full">{SHORT_CREDITS}</span>
        <span className="credits-short">© OpenStreetMap contributors and others</span>{' '}
        <span className="more">(details)</span>
      </summary>
      <ul>
        {attributionsOf(layers).map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
    </details>
  );
}
