// The style's expressions, evaluated for the static map (src/static/mapMarks.ts): the subset of
// MapLibre's expression language that src/cartography/kinds/ uses, so the SVG reads the same
// colours, widths, dashes, filters and label rules as the interactive map. MapLibre's own evaluator
// (@maplibre/maplibre-gl-style-spec: createPropertyExpression, featureFilter and the property specs
// they need) is 26 kB gzip (esbuild, minified), 3× the whole of d3-geo, for a picture that must come
// before MapLibre; this one is about 1 kB, and tests/unit/static-map.test.ts checks it against
// MapLibre's on every property and filter of every layer.
// An operator the style starts using and this file does not know throws, naming it (the test fails).

export interface EvaluationContext {
  zoom: number;
  properties: Record<string, unknown>;
  geometryType: 'Point' | 'LineString' | 'Polygon';
  state: { selected?: boolean; hovered?: boolean };
}

/** A `format` expression's text: its sections, each with its scale. */
export interface FormattedText {
  sections: { text: string; scale: number }[];
}

type Value = unknown;

const isExpression = (v: unknown): v is [string, ...unknown[]] =>
  Array.isArray(v) && typeof v[0] === 'string';

export function evaluate(expression: unknown, ctx: EvaluationContext): Value {
  if (!isExpression(expression)) return expression;
  const [op, ...args] = expression;
  const ev = (e: unknown) => evaluate(e, ctx);
  switch (op) {
    case 'literal':
      return args[0];
    case 'get':
      return ctx.properties[args[0] as string] ?? null;
    case 'has':
      return (args[0] as string) in ctx.properties && ctx.properties[args[0] as string] !== undefined;
    case 'feature-state':
      return ctx.state[args[0] as keyof EvaluationContext['state']] ?? null;
    case 'geometry-type':
      return ctx.geometryType;
    case 'zoom':
      return ctx.zoom;
    case 'boolean': {
      for (const a of args) {
        const v = ev(a);
        if (typeof v === 'boolean') return v;
      }
      throw new Error('boolean: no boolean value');
    }
    case 'case': {
      for (let i = 0; i + 1 < args.length; i += 2) if (ev(args[i]) === true) return ev(args[i + 1]);
      return ev(args[args.length - 1]);
    }
    case 'match': {
      const input = ev(args[0]);
      for (let i = 1; i + 1 < args.length; i += 2) {
        const labels = Array.isArray(args[i]) ? (args[i] as unknown[]) : [args[i]];
        if (labels.includes(input)) return ev(args[i + 1]);
      }
      return ev(args[args.length - 1]);
    }
    case '==':
      return ev(args[0]) === ev(args[1]);
    case '!=':
      return ev(args[0]) !== ev(args[1]);
    case '<=':
    case '>=':
    case '<':
    case '>': {
      const [a, b] = [ev(args[0]), ev(args[1])] as [number, number];
      return op === '<=' ? a <= b : op === '>=' ? a >= b : op === '<' ? a < b : a > b;
    }
    case 'all':
      return args.every((a) => ev(a) === true);
    case 'any':
      return args.some((a) => ev(a) === true);
    case '!':
      return ev(args[0]) !== true;
    case 'coalesce': {
      // The first value that is not null (the base map's name forms, src/cartography/basemap/names.ts).
      for (const a of args) {
        const v = ev(a);
        if (v !== null && v !== undefined) return v;
      }
      return null;
    }
    case 'concat':
      return args.map((a) => String(ev(a) ?? '')).join('');
    case 'interpolate': {
      const [kind, input, ...stops] = args as [[string], unknown, ...number[]];
      if (kind[0] !== 'linear') throw new Error(`interpolate: ${kind[0]} is not supported`);
      const x = ev(input) as number;
      const pairs: [number, number][] = [];
      for (let i = 0; i + 1 < stops.length; i += 2) pairs.push([stops[i], ev(stops[i + 1]) as number]);
      if (x <= pairs[0][0]) return pairs[0][1];
      for (let i = 1; i < pairs.length; i++) {
        const [[x0, y0], [x1, y1]] = [pairs[i - 1], pairs[i]];
        if (x <= x1) return y0 + ((x - x0) / (x1 - x0)) * (y1 - y0);
      }
      return pairs[pairs.length - 1][1];
    }
    case 'format': {
      const sections: FormattedText['sections'] = [];
      for (let i = 0; i < args.length; i += 2) {
        const options = (args[i + 1] ?? {}) as { 'font-scale'?: number };
        sections.push({ text: String(ev(args[i]) ?? ''), scale: options['font-scale'] ?? 1 });
      }
      return { sections } satisfies FormattedText;
    }
    default:
      throw new Error(`The static map does not know the style operator "${op}" (src/static/expressions.ts)`);
  }
}

/** A label's lines: a `format` split at its line breaks, each line with the scale of its first section. */
export function labelLines(value: Value): { text: string; scale: number }[] {
  if (value === null || value === undefined || value === '') return [];
  if (typeof value === 'object' && 'sections' in (value as FormattedText)) {
    const lines: { text: string; scale: number }[] = [{ text: '', scale: 1 }];
    for (const s of (value as FormattedText).sections) {
      const parts = s.text.split('\n');
      parts.forEach((part, i) => {
        if (i > 0) lines.push({ text: '', scale: s.scale });
        const line = lines[lines.length - 1];
        if (!line.text) line.scale = s.scale;
        line.text += part;
      });
    }
    return lines.filter((l) => l.text.trim());
  }
  return String(value)
    .split('\n')
    .map((text) => ({ text, scale: 1 }));
}
