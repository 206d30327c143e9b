// Attribution for every data source the loaded layers use, as React text (MapLibre's own control
// writes its strings with innerHTML, so it is switched off). The base map's credits come first
// (regions/<id>.json, `baseMap.attribution`: OpenStreetMap, OpenMapTiles, the data's date), or "Base
// map unavailable" when its tiles could not be read, with why in the details.
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

/** Where a credit's licence asks readers to be sent: OSM's copyright page, OpenMapTiles' site. */
const CREDIT_LINKS: Record<string, string> = {
  '© OpenStreetMap contributors': 'https://www.openstreetmap.org/copyright',
  '© OpenMapTiles': 'https://openmaptiles.org/',
};

const SEPARATOR = ' · ';

function Credits({ credits }: { credits: readonly string[] }) {
  return credits.map((credit, i) => (
    <span key={credit}>
      {i > 0 && SEPARATOR}
      {CREDIT_LINKS[credit] ? (
        <a href={CREDIT_LINKS[credit]} target="_blank" rel="noopener noreferrer">
          {credit}
        </a>
      ) : (
        credit
      )}
    </span>
  ));
}

export function Attribution() {
  const layers = useStore(shownLayers);
  // Why the base map could not be drawn, or null. Both maps draw it (the static one, without WebGL,
  // from the same tiles).
  const baseMapProblem = useStore((s) => s.viewer.baseMapProblem);
  const story = useStore((s) => s.bundle.story);
  // The short credit line (the names every licence asks to see, always visible) is the story's, after
  // the base map's; the sources and what the map lacks are in the details. The line's links stand
  // outside the details' summary (a link inside a summary is a control inside a control).
  const baseMap = story.region.baseMap;
  // The story's credits after the base map's, without those the base map has just given.
  const given = baseMap && !baseMapProblem ? baseMap.attribution : [];
  if (!layers) return null;
  const rest = story.meta.credits
    .split(SEPARATOR)
    .filter((c) => !given.includes(c))
    .join(SEPARATOR);
  return (
    <div className="attribution" data-testid="attribution">
      <p className="attribution-line">
        {baseMap &&
          (baseMapProblem ? (
            <strong data-testid="base-map-credits">Base map unavailable</strong>
          ) : (
            <span data-testid="base-map-credits">
              <Credits credits={baseMap.attribution} />
            </span>
          ))}
        <span className="credits-full">
          {baseMap && SEPARATOR}Data: {rest}
        </span>
        <span className="credits-short">
          {baseMap ? ' and others' : '© OpenStreetMap contributors and others'}
        </span>
      </p>
      <details>
        <summary>
          <span className="more">(details)</span>
        </summary>
        {baseMap && baseMapProblem && (
          <p className="base-map-problem" data-testid="base-map-problem">
            Base map unavailable: {baseMapProblem}. The story’s layers are drawn without it.
          </p>
        )}
        <ul>
          {baseMap && <li>{`${baseMap.label}: ${baseMap.attribution.join(', ')}`}</li>}
          {attributionsOf(layers).map((a) => (
            <li key={a}>{a}</li>
          ))}
        </ul>
        <p className="map-gaps" data-testid="map-gaps">
          {story.region.baseMapGaps}
        </p>
      </details>
    </div>
  );
}
