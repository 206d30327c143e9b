// Signals of the map's drawing, for browser tests and the benchmark: on the frame element,
// data-idle says whether the map has finished drawing and data-idle-count how many times it has;
// the first idle is marked `map-first-idle` in the performance timeline, and the first idle with every
// layer drawn (none `data-layers-pending`: the ground context waits for the first idle)
// `map-all-layers-idle`. DOM writes, not React state: `render` fires every frame.
import type { Map as MapLibreMap } from 'maplibre-gl';

export function signalDrawing(map: MapLibreMap, frame: HTMLElement): void {
  let idleCount = 0;
  let allLayersMarked = false;
  map.on('render', () => frame.setAttribute('data-idle', 'false'));
  map.on('idle', () => {
    if (idleCount === 0) performance.mark('map-first-idle');
    if (!allLayersMarked && !frame.hasAttribute('data-layers-pending')) {
      allLayersMarked = true;
      performance.mark('map-all-layers-idle');
    }
    frame.setAttribute('data-idle', 'true');
    frame.setAttribute('data-idle-count', String(++idleCount));
  });
}
