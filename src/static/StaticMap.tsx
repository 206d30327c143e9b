// The static map as SVG elements (the marks of src/static/mapMarks.ts). Three uses: the first picture,
// drawn before MapLibre's code has arrived and replaced by the interactive map at the same camera;
// the map itself for readers without WebGL (features focusable, Enter opens their details); print.
// Nothing from the data reaches innerHTML: names are React text.
import { useMemo, type KeyboardEvent } from 'react';
import type { LoadedLayers } from '../domain/featureIndex';
import type { ActiveLayer } from '../cartography/storyLayers';
import { toMapSources } from '../cartography/mapSources';
import { buildMapStyle, styleLayerOwners } from '../cartography/mapStyle';
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
  const { layers, storyLayers, visible, nameOrder, names, camera, size, selected } = props;
  const marks = useMemo(() => {
    const sources = toMapSources(layers, storyLayers, nameOrder, names);
    return staticMapMarks({
      sources,
      layers: buildMapStyle(sources, visible, storyLayers).layers,
      owners: styleLayerOwners(storyLayers),
      camera,
      size,
      selected: selected ? new Set([selected]) : undefined,
    });
  }, [layers, storyLayers, visible, nameOrder, camera, size, selected, names]);
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
      {marks.map((m, i) => {
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
              pointerEvents={props.onPick ? (m.fill ? 'all' : 'stroke') : 'none'}
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
      })}
    </svg>
  );
}
