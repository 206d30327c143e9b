// The static map's marks as the text of an SVG file: the story list's thumbnails, made at build time
// (scripts/story/thumbnail.ts) from the same marks the first picture and print draw. Every attribute
// and text is escaped; the file is shown as an image, so nothing in it runs.
import { escapeAttribute } from '../text/html.ts';
import type { Mark } from './mapMarks.ts';
import type { Size } from '../camera/camera.ts';

const n = (v: number) => String(Math.round(v * 10) / 10);
const attrs = (pairs: Record<string, string | number | null | undefined>) =>
  Object.entries(pairs)
    .filter(([, v]) => v !== null && v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeAttribute(typeof v === 'number' ? n(v) : v!)}"`)
    .join('');

function markText(m: Mark): string {
  if (m.type === 'path')
    return `<path${attrs({
      d: m.d,
      fill: m.fill ?? 'none',
      'fill-opacity': m.fill && m.fillOpacity !== 1 ? m.fillOpacity : null,
      stroke: m.stroke,
      'stroke-width': m.stroke ? m.strokeWidth : null,
      'stroke-opacity': m.stroke && m.strokeOpacity !== 1 ? m.strokeOpacity : null,
      'stroke-dasharray': m.dash,
      'stroke-linejoin': m.stroke ? 'round' : null,
      // A base-map shape says what it draws, as the page's static map does.
      'data-source-layer': m.sourceLayer,
      'data-style-layer': m.sourceLayer ? m.styleLayer : null,
    })}/>`;
  if (m.type === 'circle')
    return `<circle${attrs({
      cx: m.cx,
      cy: m.cy,
      r: m.r,
      fill: m.fill,
      stroke: m.stroke,
      'stroke-width': m.stroke ? m.strokeWidth : null,
    })}/>`;
  const lines = m.lines
    .map(
      (line, j) =>
        `<tspan${attrs({ x: m.x, dy: j === 0 ? 0 : line.size * 1.2, 'font-size': line.size })}>${escapeAttribute(line.text)}</tspan>`,
    )
    .join('');
  return `<text${attrs({
    x: m.x,
    y: m.y,
    'text-anchor': m.anchor,
    fill: m.color,
    stroke: m.halo,
    'stroke-width': m.halo ? m.haloWidth * 2 : null,
    'stroke-linejoin': m.halo ? 'round' : null,
    'paint-order': m.halo ? 'stroke' : null,
    'font-family': 'sans-serif',
  })}>${lines}</text>`;
}

export function marksToSvgText(
  marks: readonly Mark[],
  size: Size,
  { background, title }: { background: string; title: string },
): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ viewBox: `0 0 ${size.width} ${size.height}`, width: size.width, height: size.height })} role="img">`,
    `<title>${escapeAttribute(title)}</title>`,
    `<rect${attrs({ width: size.width, height: size.height, fill: background })}/>`,
    ...marks.map(markText),
    '</svg>\n',
  ].join('');
}
