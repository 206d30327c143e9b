// "Where is this": a small map of south-eastern Europe (Natural Earth) with the main map's extent drawn
// on it. The reader can hide it; it is off at first on phones under 480 px wide. It stands in a corner
// of the map where it covers no feature of the situation layers and no other panel (bottom left first,
// then the other corners), and steps aside (hides itself) while no corner is free.
import { useEffect, useRef, useState } from 'react';
import type { LocatorFile } from '../domain/locatorSchema';
import { toLocator } from '../camera/locatorProjection';
import { CORNERS, cornerBoxes, overlaps, type Corner, type MapExtent } from '../camera/mapExtent';
import type { Rect } from '../camera/camera';
import { storedLocatorOpen } from '../state/storage';
import { useDispatch, useStore } from '../state/useStore';

let data: Promise<{ ok: true; file: LocatorFile } | { ok: false; message: string }> | null = null;
/** The locator's countries, fetched once (the app asks for them with the ground context). */
export function locatorData() {
  return (data ??= import('../loading/loadLocator').then(({ loadLocator }) =>
    loadLocator(import.meta.env.BASE_URL),
  ));
}

export function initiallyOpen(): boolean {
  return storedLocatorOpen.read() ?? window.innerWidth >= 480;
}

/** The box's padding and border around the SVG, px. */
const BOX_EXTRA = 6;

export function Locator() {
  const extent = useStore((s) => s.viewer.extent);
  const dispatch = useDispatch();
  const [open, setOpen] = useState(initiallyOpen);
  const [file, setFile] = useState<LocatorFile | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  /** The corner it stands in, and where that is in the map pane; null while no corner is free. */
  const [place, setPlace] = useState<{ corner: Corner; left: number; top: number } | null>(null);
  const box = useRef<HTMLDivElement>(null);

  // Its size, for the map to say what lies in each corner at that size.
  useEffect(() => {
    if (file)
      dispatch({ type: 'locatorSize', size: { w: file.width + BOX_EXTRA, h: file.height + BOX_EXTRA } });
  }, [file, dispatch]);

  useEffect(() => {
    if (!open || file) return;
    locatorData()
      .then((result) => (result.ok ? setFile(result.file) : setProblem(result.message)))
      .catch((error: Error) => setProblem(`the locator could not be loaded (${error.message})`));
  }, [open, file]);

  // After each move: the first corner where it covers neither a situation feature nor a panel.
  useEffect(() => {
    if (!extent?.situationAt || !open || !file) return;
    const frame = requestAnimationFrame(() => {
      const el = box.current;
      const pane = el?.closest('.map-pane')?.getBoundingClientRect();
      if (!el || !pane) return;
      const size = { w: file.width + BOX_EXTRA, h: file.height + BOX_EXTRA };
      // Where it stands stays first: the camera has just framed the selection around it.
      setPlace((current) => {
        const corner = freeCorner(el, extent, size, current?.corner ?? null);
        if (!corner) return null;
        const at = cornerBoxes(extent.frame, size)[corner];
        return { corner, left: at.left - pane.left, top: at.top - pane.top };
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [extent, open, file]);

  const remember = (next: boolean) => {
    setOpen(next);
    storedLocatorOpen.write(next);
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

/** The first corner (where it stands first) where it covers no panel, no framed place, no situation feature. */
function freeCorner(
  el: HTMLElement,
  extent: MapExtent,
  size: { w: number; h: number },
  current: Corner | null,
): Corner | null {
  const boxes = cornerBoxes(extent.frame, size);
  const others: Rect[] = [...document.querySelectorAll('[data-map-overlay], .maplibregl-ctrl')]
    .filter((o) => o !== el && (o as HTMLElement).offsetParent !== null)
    .map((o) => o.getBoundingClientRect());
  const order = current ? [current, ...CORNERS.filter((c) => c !== current)] : CORNERS;
  return (
    order.find((corner) => {
      const rect = boxes[corner];
      if (rect.top < extent.frame.top || rect.left < extent.frame.left) return false;
      if (others.some((o) => overlaps(rect, o))) return false;
      if (extent.framed && overlaps(rect, extent.framed)) return false;
      return !extent.situationAt?.[corner];
    }) ?? null
  );
}
