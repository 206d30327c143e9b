// A legend swatch drawn from the same style data as the map (see map/mapStyle.ts).
import type { LegendEntry } from '../cartography/mapStyle';

export function LegendSwatch({ entry }: { entry: LegendEntry }) {
  return (
    <svg className="swatch" width="28" height="16" viewBox="0 0 28 16" aria-hidden="true" focusable="false">
      {entry.ground && <rect x="0" y="0" width="28" height="16" fill={entry.ground} />}
      {entry.swatch === 'fill' && (
        <rect
          x="1"
          y="1"
          width="26"
          height="14"
          fill={entry.color}
          fillOpacity={entry.fillOpacity ?? 1}
          stroke={entry.color}
          strokeWidth="1.5"
        />
      )}
      {entry.swatch === 'line' && entry.casing && (
        <line
          x1="1"
          y1="8"
          x2="27"
          y2="8"
          stroke={entry.casing}
          strokeWidth={(entry.width ?? 3) + 2}
          strokeLinecap="round"
        />
      )}
      {entry.swatch === 'line' && (
        <line
          x1="1"
          y1="8"
          x2="27"
          y2="8"
          stroke={entry.color}
          strokeWidth={entry.width ?? 3}
          strokeLinecap={entry.casing ? 'round' : undefined}
        />
      )}
      {entry.swatch === 'dashed-line' && (
        <line x1="1" y1="8" x2="27" y2="8" stroke={entry.color} strokeWidth="3" strokeDasharray="6 2.5" />
      )}
      {entry.swatch === 'point' && (
        <circle cx="14" cy="8" r="5" fill={entry.color} stroke="#222" strokeWidth="1.5" />
      )}
    </svg>
  );
}
