// "Where is this": a small map of south-eastern Europe (Natural Earth) with the main map's extent drawn
// on it. The reader can hide it; it is off at first on phones under 480 px wide. It stands in a corner
// of the map where it covers no feature of the situation layers and no other panel (bottom left first,
// then the other corners), and steps aside (hides itself) while no corner is free.
import { useEffect, useRef, useState } from 'react';
import type { LocatorFile } from '../domain/locatorSchema';
import { toLocator } from './locatorProjection';
import type { MapExtent } from '../camera/camera';

const STORAGE_KEY = 'situation-viewer:locator';

let data: Promise<{ ok: true; file: LocatorFile } | { ok: false; message: string }> | null = null;
/** The locator's countries, fetched once (the app asks for them with the ground context). */
export function locatorData() {
  return (data ??= import('../loading/loadLocator').then(({ loadLocator }) =>
    loadLocator(import.meta.env.BASE_URL),
  ));
}

export function initiallyOpen(): boolean {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (stored) return stored === 'open';
  } catch {
    // storage blocked: the default
  }
  return window.innerWidth >= 480;
}

export function Locator({ extent }: { extent: MapExtent | null }) {
  const [open, setOpen] = useState(initiallyOpen);
  const [file, setFile] = useState<LocatorFile | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  /** Where it stands in the map pane, or null while no corner is free. */
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open || file) return;
    locatorData()
      .then((result) => (result.ok ? setFile(result.file) : setProblem(result.message)))
      .catch((error: Error) => setProblem(`the locator could not be loaded (${error.message})`));
  }, [open, file]);

  // After each move: the first corner where it covers neither a situation feature nor a panel.
  useEffect(() => {
    if (!extent || !open || !file) return;
    const frame = requestAnimationFrame(() => {
      const el = box.current;
      const pane = el?.closest('.map-pane') as HTMLElement | null;
      const map = pane?.querySelector('[data-testid="map"]');
      if (!el || !pane || !map) return;
      // Where it stands stays first: the camera has just framed the selection around it.
      const size = { w: file.width + BOX_EXTRA, h: file.height + BOX_EXTRA };
      setPlace((current) => freeCorner(size, el, pane, map.getBoundingClientRect(), extent, current));
    });
    return () => cancelAnimationFrame(frame);
  }, [extent, open, file]);

  const remember = (next: boolean) => {
    setOpen(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next ? 'open' : 'closed');
    } catch {
      // not remembered
    }
  };

  if (!open)
    return (
      <button
        type="button"
        className="locator-show"
        data-testid="locator-show"
        onClick={() => remember(true)}
      >
        Where is this?
      </button>
    );
  const [w, s, e, n] = extent?.bounds ?? [0, 0, 0, 0];
  const [x1, y1] = toLocator(w, n);
  const [x2, y2] = toLocator(e, s);
  return (
    <div
      className="locator"
      data-testid="locator"
      data-map-overlay
      data-covers-situation={place ? undefined : true}
      // Out of the layout while no corner is free: nothing for the camera or the reader to avoid.
      style={place ? { left: place.left, top: place.top } : { display: 'none' }}
      data-extent={extent ? extent.bounds.map((v) => v.toFixed(3)).join(',') : undefined}
      ref={box}
    >
      {problem ? (
        <p className="locator-problem">{problem}</p>
      ) : (
        file && (
          <svg
            viewBox={`0 0 ${file.width} ${file.height}`}
            width={file.width}
            height={file.height}
            role="img"
            aria-label="Where the map is: south-eastern Europe, with the map's extent as a rectangle"
          >
            <rect width={file.width} height={file.height} className="locator-sea" />
            {file.countries.map((c) => (
              <path
                key={c.name}
                d={c.d}
                className={c.name === 'Kosovo' || c.name === 'Serbia' ? 'is-situation' : undefined}
              >
                <title>{c.name}</title>
              </path>
            ))}
            {extent && (
              <rect
                data-testid="locator-extent"
                x={x1}
                y={y1}
                width={Math.max(2, x2 - x1)}
                height={Math.max(2, y2 - y1)}
                className="locator-extent"
              />
            )}
          </svg>
        )
      )}
      <button
        type="button"
        className="locator-hide"
        aria-label="Hide the locator map"
        onClick={() => remember(false)}
      >
        ×
      </button>
      <p className="locator-credit">Natural Earth</p>
    </div>
  );
}

const MARGIN = 8;
/** Room left for MapLibre's scale bar (bottom left) and zoom buttons (top left). */
const SCALE_ROOM = 34;
const ZOOM_ROOM = 80;

/** The box's padding and border around the SVG, px. */
const BOX_EXTRA = 6;

function freeCorner(
  { w, h }: { w: number; h: number },
  el: HTMLElement,
  pane: HTMLElement,
  map: DOMRect,
  extent: MapExtent,
  current: { left: number; top: number } | null,
): { left: number; top: number } | null {
  const base = pane.getBoundingClientRect();
  const corners = [
    ...(current ? [{ x: current.left + base.left, y: current.top + base.top }] : []),
    { x: map.left + MARGIN, y: map.bottom - h - SCALE_ROOM },
    { x: map.right - w - MARGIN, y: map.bottom - h - MARGIN },
    { x: map.left + MARGIN, y: map.top + ZOOM_ROOM },
    { x: map.right - w - MARGIN, y: map.top + MARGIN },
  ];
  const others = [...document.querySelectorAll('[data-map-overlay], .maplibregl-ctrl')]
    .filter((o) => o !== el && (o as HTMLElement).offsetParent !== null)
    .map((o) => o.getBoundingClientRect());
  const overlaps = (a: DOMRect, b: DOMRect) =>
    a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  for (const c of corners) {
    const rect = new DOMRect(c.x, c.y, w, h);
    if (rect.top < map.top || rect.left < map.left) continue;
    if (others.some((o) => overlaps(rect, o))) continue;
    if (extent.framed && overlaps(rect, extent.framed)) continue;
    if (extent.situationUnder(rect)) continue;
    return { left: c.x - base.left, top: c.y - base.top };
  }
  return null;
}
