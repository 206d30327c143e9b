// The printed map: the static map of the reader's current view (vector, the interactive map's own
// style), with a north arrow, a scale bar, the legend of the layers shown and the attributions. Only
// rendered while printing (usePrinting); the screen never shows it.
import type { LoadedLayers } from '../domain/featureIndex';
import type { ActiveLayer } from '../cartography/storyLayers';
import { cameraForBounds, metresPerPixel, openingCamera, type Camera } from '../camera/camera';
import { useEffect } from 'react';
import { StaticMap } from '../static/StaticMap';
import { prefetchTiles, tilesAtHand } from '../static/useBaseMapTiles';
import type { BaseMap } from '../region/schema';
import { BASE_MAP_LAYER } from '../cartography/basemap/definition';
import { BASE_MAP_LEGEND } from '../cartography/basemap/legend';
import { LegendSwatch } from './LegendSwatch';
import { attributionsOf } from './Attribution';
import type { NameOrder, NameRules } from '../domain/names';

/** The map's size on paper, CSS px (96 per inch): fits A4 and Letter inside 14 mm margins. */
export const PRINT_MAP_SIZE = { width: 680, height: 470 };

interface Props {
  layers: LoadedLayers;
  storyLayers: readonly ActiveLayer[];
  visible: ReadonlySet<string>;
  nameOrder: NameOrder;
  names: NameRules;
  /** The region's gaps in the base map, said under the attributions. */
  baseMapGaps: string;
  /** The region's base map: drawn from the tiles already fetched (PrintTilesAhead), since print cannot wait. */
  baseMap?: BaseMap;
  /** The screen map's extent, [west, south, east, north]; null before it has one (no WebGL). */
  bounds: [number, number, number, number] | null;
  view: Camera | null;
  defaultFrame: [number, number, number, number];
  selected: string | null;
  label: string;
  link: string;
}

/** A round distance (1, 2 or 5 × 10ⁿ m) whose bar is at most `maxPx` long. */
export function scaleBar(camera: Camera, maxPx: number): { metres: number; px: number; label: string } {
  const perPx = metresPerPixel(camera.lat, camera.zoom);
  const max = perPx * maxPx;
  const base = 10 ** Math.floor(Math.log10(max));
  const metres = [5, 2, 1].map((m) => m * base).find((m) => m <= max) ?? base;
  return { metres, px: metres / perPx, label: metres >= 1000 ? `${metres / 1000} km` : `${metres} m` };
}

/** The printed map's camera: the screen map's extent on paper, or the opening view (no WebGL). */
function printCamera(
  bounds: Props['bounds'],
  view: Camera | null,
  defaultFrame: [number, number, number, number],
): Camera {
  return bounds
    ? cameraForBounds(bounds, PRINT_MAP_SIZE, { top: 0, right: 0, bottom: 0, left: 0 })
    : openingCamera(view, defaultFrame, PRINT_MAP_SIZE);
}

/**
 * The base map's tiles for the printed map, fetched while the reader looks at the screen: the browser
 * does not wait in `beforeprint`, so print draws only what is already here. Asked for when the view
 * settles (once the screen's map has drawn, so its own first tiles come first); nothing is drawn.
 */
export function PrintTilesAhead(props: Pick<Props, 'baseMap' | 'bounds' | 'view' | 'defaultFrame'>) {
  const { baseMap, bounds, view, defaultFrame } = props;
  useEffect(() => {
    if (baseMap) prefetchTiles(baseMap, printCamera(bounds, view, defaultFrame), PRINT_MAP_SIZE);
  }, [baseMap, bounds, view, defaultFrame]);
  return null;
}

export function PrintFigure(props: Props) {
  const size = PRINT_MAP_SIZE;
  const camera = printCamera(props.bounds, props.view, props.defaultFrame);
  const scale = scaleBar(camera, 140);
  const shown = props.storyLayers.filter((l) => props.visible.has(l.id));
  // The base map's rows after the story's, and its credits first, when it is on.
  const baseMap = props.baseMap && props.visible.has(BASE_MAP_LAYER) ? props.baseMap : null;
  const legend = [
    ...shown.flatMap((l) => l.style.legend.map((entry) => ({ key: `${l.id}:${entry.label}`, entry }))),
    ...(baseMap ? BASE_MAP_LEGEND.map((entry) => ({ key: `${BASE_MAP_LAYER}:${entry.label}`, entry })) : []),
  ];
  return (
    <figure className="print-figure print-only" data-testid="print-figure">
      <div className="print-map">
        <StaticMap
          layers={props.layers}
          storyLayers={props.storyLayers}
          visible={props.visible}
          nameOrder={props.nameOrder}
          names={props.names}
          baseMap={props.baseMap}
          tiles={props.baseMap ? tilesAtHand(props.baseMap, camera, size) : undefined}
          camera={camera}
          size={size}
          selected={props.selected}
          label={props.label}
          testId="print-map"
        />
        <svg className="print-north" width="28" height="40" viewBox="0 0 28 40" aria-label="North is up">
          <path d="M14 2 L24 30 L14 24 L4 30 Z" fill="#222" />
          <text x="14" y="39" textAnchor="middle" fontSize="11" fontFamily="sans-serif">
            N
          </text>
        </svg>
        <svg
          className="print-scale"
          width={scale.px + 12}
          height="24"
          viewBox={`0 0 ${scale.px + 12} 24`}
          aria-label={`Scale: the bar is ${scale.label}`}
        >
          <path d={`M6 8 V16 H${scale.px + 6} V8`} fill="none" stroke="#222" strokeWidth="1.5" />
          <text x={6} y={7} fontSize="10" fontFamily="sans-serif">
            {scale.label}
          </text>
        </svg>
      </div>
      <figcaption>
        <ul className="print-legend" aria-label="Legend">
          {legend.map(({ key, entry }) => (
            <li key={key}>
              <LegendSwatch entry={entry} />
              {entry.label}
            </li>
          ))}
        </ul>
        <p className="print-attribution">
          Web Mercator, north up; the scale is true at the centre of the map. Data:{' '}
          {[...new Set([...(baseMap?.attribution ?? []), ...attributionsOf(props.layers)])].join(' · ')}.{' '}
          {props.baseMapGaps}
        </p>
        <p className="print-link">This view: {props.link}</p>
      </figcaption>
    </figure>
  );
}
