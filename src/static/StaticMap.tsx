// The static map as SVG elements (the marks of src/static/mapMarks.ts). Three uses: the first picture,
// drawn before MapLibre's code has arrived and replaced by the interactive map at the same camera;
// the map itself for readers without WebGL (features focusable, Enter opens their details); print.
// Nothing from the data reaches innerHTML: names are React text. The region's base map is drawn from
// the vector tiles it is given (vectorTiles.ts), in aria-hidden groups: ground for the eye, not stops
// for the keyboard.
import { useMemo, type KeyboardEvent, type ReactElement } from 'react';
import type { LoadedLayers } from '../domain/featureIndex';
import type { ActiveLayer } from '../cartography/storyLayers';
import { toMapSources } from '../cartography/mapSources';
import { buildMapStyle, styleLayerOwners, type StyledLayer } from '../cartography/mapStyle';
import { baseMapLayer, labelledByStory } from '../cartography/basemap';
import type { BaseMap } from '../region/schema';
import type { BaseMapFeatures } from './vectorTiles';
import { COLORS } from '../cartography/palette';
import { staticMapMarks, type Mark } from './mapMarks';
import type { Camera, Size } from '../camera/camera';
import type { NameOrder, NameRules } from '../domain/names';

interface Props {
  layers: LoadedLayers;
  storyLayers: readonly ActiveLayer[];
  visible: ReadonlySet<string>;
  nameOrder: NameOrder;
  /** The region's rules for names (which languages, in which order). */
  names: NameRules;
  /** The region's base map, drawn from `tiles` (the tiles of this camera that have arrived). */
  baseMap?: BaseMap;
  tiles?: BaseMapFeatures;
  camera: Camera;
  size: Size;
  selected?: string | null;
  /** What the picture shows, for screen readers. */
  label: string;
  /** Features answer clicks (and, when focusable, the keyboard) with their id. */
  onPick?: (featureId: string) => void;
  /** Situation features are reachable with Tab (the map for readers without WebGL). */
  focusable?: boolean;
  /** Names a feature for its accessible label. */
  nameOf?: (featureId: string) => string;
  testId?: string;
}

export function StaticMap(props: Props) {
  const { layers, storyLayers, visible, nameOrder, names, camera, size, selected, baseMap, tiles } = props;
  const marks = useMemo(() => {
    const sources = toMapSources(layers, storyLayers, nameOrder, names);
    // The base map as the interactive map draws it: its names in the reader's order, none the story names.
    const drawn: StyledLayer[] = baseMap
      ? [
          ...storyLayers,
          baseMapLayer(baseMap, { order: nameOrder, labelled: labelledByStory(layers, visible) }),
        ]
      : [...storyLayers];
    return staticMapMarks({
      sources,
      layers: buildMapStyle(sources, visible, drawn).layers,
      owners: styleLayerOwners(drawn),
      camera,
      size,
      selected: selected ? new Set([selected]) : undefined,
      tiles,
    });
  }, [layers, storyLayers, visible, nameOrder, camera, size, selected, names, baseMap, tiles]);
  const situation = useMemo(
    () => new Set(storyLayers.filter((l) => l.role === 'situation').map((l) => l.id)),
    [storyLayers],
  );
  // One focus stop per feature: on its first area or point mark.
  const focusStops = useMemo(() => {
    const seen = new Set<string>();
    return new Set(
      marks.flatMap((m, i) => {
        if (m.type === 'text' || !situation.has(m.owner) || seen.has(m.featureId)) return [];
        seen.add(m.featureId);
        return [i];
      }),
    );
  }, [marks, situation]);

  /** What a feature's shape carries: whose it is (tests, print), and how it answers the reader. */
  const featureAttributes = (mark: Mark, i: number) => {
    if (mark.sourceLayer)
      return { 'data-source-layer': mark.sourceLayer, 'data-style-layer': mark.styleLayer };
    const owner = { 'data-owner': mark.owner, 'data-feature': mark.featureId };
    if (!props.onPick) return owner;
    const pick = () => props.onPick!(mark.featureId);
    const stop = props.focusable && focusStops.has(i);
    return {
      ...owner,
      onClick: pick,
      ...(stop
        ? {
            tabIndex: 0,
            role: 'button',
            // Where focus returns when its details close.
            id: `static-feature-${mark.featureId}`,
            'aria-label': props.nameOf?.(mark.featureId) ?? mark.featureId,
            onKeyDown: (event: KeyboardEvent) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                pick();
              }
            },
          }
        : {}),
    };
  };

  /** A mark as an SVG element. */
  const element = (m: Mark, i: number): ReactElement => {
    const key = `${m.styleLayer}:${m.featureId}:${i}`;
    if (m.type === 'path')
      return (
        <path
          key={key}
          d={m.d}
          fill={m.fill ?? 'none'}
          fillOpacity={m.fill ? m.fillOpacity : undefined}
          stroke={m.stroke ?? undefined}
          strokeWidth={m.stroke ? m.strokeWidth : undefined}
          strokeOpacity={m.stroke ? m.strokeOpacity : undefined}
          strokeDasharray={m.dash ?? undefined}
          strokeLinejoin="round"
          strokeLinecap={m.dash ? 'butt' : 'round'}
          pointerEvents={props.onPick && !m.sourceLayer ? (m.fill ? 'all' : 'stroke') : 'none'}
          {...featureAttributes(m, i)}
        />
      );
    if (m.type === 'circle')
      return (
        <circle
          key={key}
          cx={m.cx}
          cy={m.cy}
          r={m.r}
          fill={m.fill}
          stroke={m.stroke ?? undefined}
          strokeWidth={m.stroke ? m.strokeWidth : undefined}
          {...featureAttributes(m, i)}
        />
      );
    return (
      <text
        key={key}
        x={m.x}
        y={m.y}
        textAnchor={m.anchor}
        fill={m.color}
        stroke={m.halo ?? undefined}
        strokeWidth={m.halo ? m.haloWidth * 2 : undefined}
        strokeLinejoin="round"
        paintOrder="stroke"
        letterSpacing={m.letterSpacing || undefined}
        fontFamily="sans-serif"
        pointerEvents="none"
        aria-hidden="true"
      >
        {m.lines.map((line, j) => (
          <tspan key={j} x={m.x} dy={j === 0 ? 0 : line.size * 1.2} fontSize={line.size}>
            {line.text}
          </tspan>
        ))}
      </text>
    );
  };
  /** Runs of base-map elements, each in an aria-hidden group (the base map is drawn in runs: its
   * shapes above the ground fills, its names among the labels). */
  const groupedBaseMap = (elements: ReactElement[]): ReactElement[] => {
    const out: ReactElement[] = [];
    let run: ReactElement[] = [];
    const close = () => {
      if (run.length)
        out.push(
          <g key={`base-map-${out.length}`} className="base-map" aria-hidden="true" pointerEvents="none">
            {run}
          </g>,
        );
      run = [];
    };
    elements.forEach((el, i) => {
      if (marks[i].sourceLayer) run.push(el);
      else {
        close();
        out.push(el);
      }
    });
    close();
    return out;
  };

  return (
    <svg
      className="static-map"
      data-testid={props.testId ?? 'static-map'}
      data-camera={`${camera.lon},${camera.lat},${camera.zoom}`}
      viewBox={`0 0 ${size.width} ${size.height}`}
      width={size.width}
      height={size.height}
      role="group"
      aria-label={props.label}
    >
      <rect width={size.width} height={size.height} fill={COLORS.land} />
      {groupedBaseMap(marks.map(element))}
    </svg>
  );
}
