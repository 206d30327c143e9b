// Attribution for every data source the loaded layers use, as React text (MapLibre's own control
// writes its strings with innerHTML, so it is switched off).
import type { LoadedLayers } from '../domain/featureIndex';
import { useStore } from '../state/useStore';
import { shownLayers } from '../state/shown';

export function attributionsOf(layers: LoadedLayers): string[] {
  const seen = new Set<string>();
  for (const load of Object.values(layers)) {
    if (load.status !== 'ok') continue;
    for (const f of load.features) for (const s of f.properties.sources) seen.add(s.attribution);
  }
  return [...seen].sort();
}

export function Attribution() {
  // The short credit line (the names every licence asks to see, always visible) is the story's.
  const story = useStore((s) => s.bundle.story);
  const layers = useStore(shownLayers);
  if (!layers) return null;
  return (
    <details className="attribution" data-testid="attribution">
      <summary>
        Data: <span className="credits-full">{story.meta.credits}</span>
        <span className="credits-short">© OpenStreetMap contributors and others</span>{' '}
        <span className="more">(details)</span>
      </summary>
      <ul>
        {attributionsOf(layers).map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      <p className="map-gaps" data-testid="map-gaps">
        {story.region.baseMapGaps}
      </p>
    </details>
  );
}
