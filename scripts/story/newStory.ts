// `npm run story -- new`: a bundle from an article. The geoparser proposes the links (status
// "proposed"); places it finds that no shipped layer has go to the bundle's places.geojson with their
// sources; the default frame is the proposed places'; the bundle is then checked like any other.
import * as turf from '@turf/turf';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LineString } from 'geojson';
import { geoparse, type Mention } from '../../src/geoparse/geoparse';
import type { GazetteerPlace } from '../../src/geoparse/gazetteer';
import type { PlaceIndex } from '../../src/geoparse/placeIndex';
import { LAYER_REGISTRY } from '../../src/cartography/layerRegistry';
import { FEATURE_KINDS, type SituationFeature } from '../../src/domain/schema';
import { SOURCES } from '../../src/domain/sources';
import { ID_PATTERN } from '../../src/domain/ids';
import type { ArticleLink, StoryMeta } from '../../src/story/schema';
import { articleBlocks } from '../../src/story/story';
import { fold } from '../../src/text/letters';
import { inferNames } from '../../geo/lib/names';
import { makeFeature, serializeLayer } from '../../geo/lib/output';
import { withPlaceContext } from '../../geo/lib/placeContext';
import { withBorderDistance } from '../../geo/lib/measure';
import { readBundle, shippedFeatureIds, STORIES_DIR } from './bundle';
import { PIPELINE_REGION, readRegion } from '../region/readRegion';
import type { Region } from '../../src/region/schema';
import { isHttpUrl } from '../../src/domain/citation';

export interface NewStoryOptions {
  slug: string;
  articleFile: string;
  title?: string;
  date?: string;
  sourceName?: string;
  sourceUrl?: string;
}

export interface NewStoryResult {
  dir: string;
  mentions: Mention[];
  links: ArticleLink[];
  newPlaces: SituationFeature[];
}

const MONTHS = 'January February March April May June July August September October November December'.split(
  ' ',
);
/** The base map's data credits (the shipped layers' sources), as the first story gives them. */
const BASE_CREDITS =
  '© OpenStreetMap contributors · geoBoundaries · GeoNames · Natural Earth · Copernicus EU-Hydro · Wikipedia · simplemaps';

export function createStory(
  options: NewStoryOptions,
  context: { index: PlaceIndex; features: SituationFeature[]; storiesDir?: string; today?: string },
): NewStoryResult {
  const storiesDir = context.storiesDir ?? STORIES_DIR;
  const { slug } = options;
  if (!ID_PATTERN.test(slug)) throw new Error(`slug "${slug}": use lower-case words joined by hyphens`);
  const dir = join(storiesDir, slug);
  if (existsSync(dir)) throw new Error(`stories/${slug} exists already: choose another slug or remove it`);
  if (!existsSync(options.articleFile)) throw new Error(`article file ${options.articleFile} not found`);
  if (options.sourceUrl !== undefined && !isHttpUrl(options.sourceUrl))
    throw new Error(`--source-url ${options.sourceUrl}: expected an http: or https: address`);
  const text = readFileSync(options.articleFile, 'utf8');
  const blocks = articleBlocks(text);
  if (!blocks.length) throw new Error(`article file ${options.articleFile} is empty`);
  const date = options.date ?? context.today ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`--date ${date}: expected YYYY-MM-DD`);

  // Passages: one per block; a short first block without a full stop is the title.
  const titled = blocks[0].split(/\s+/).length <= 25 && !/[.!?]$/.test(blocks[0]);
  const passages = blocks.map((block, i) => ({
    id: `p${i + 1}`,
    role: (i === 0 && titled ? 'title' : 'paragraph') as 'title' | 'paragraph',
    block,
  }));
  // Where each block starts in the text as read (the offsets of the geoparser are the file's).
  let cursor = 0;
  const starts = blocks.map((block) => {
    const at = text.indexOf(block, cursor);
    cursor = at + block.length;
    return at;
  });

  // A new story is of the shipped layers' region: the gazetteer and the layers it links to are that region's.
  const region = readRegion(PIPELINE_REGION);
  const { mentions } = geoparse(text, context.index, { region: region.geoparser });
  const shipped = new Map(context.features.map((f) => [f.properties.id, f]));
  const newPlaces = new Map<string, SituationFeature>();
  const links: ArticleLink[] = [];
  for (const m of mentions) {
    const p = blocks.findIndex((block, i) => m.start >= starts[i] && m.end <= starts[i] + block.length);
    if (p < 0) continue;
    const featureId = m.place.featureId ?? placeFeature(m, context.index, newPlaces).properties.id;
    if (!shipped.has(featureId) && !newPlaces.has(featureId)) continue;
    if (links.some((l) => l.featureId === featureId && l.passageId === passages[p].id && l.phrase === m.text))
      continue;
    links.push({
      featureId,
      passageId: passages[p].id,
      phrase: m.text,
      claimant: 'article',
      note: m.lowConfidence
        ? `Proposed by the geoparser with low confidence (${m.confidence.toFixed(2)}): check that this is the place meant.`
        : null,
      status: 'proposed',
    });
  }

  const border = shipped.get('kosovo-serbia-border');
  const places = [...newPlaces.values()];
  const placed = withPlaceContext(
    places,
    context.features.filter((f) => f.properties.kind === 'municipality'),
    shipped.get('serbia')!,
  );
  const measured = border ? withBorderDistance(placed, border.geometry as LineString) : placed;

  const layerOfFeature = shippedFeatureIds();
  const linkedLayers = new Set(
    links.map((l) => (newPlaces.has(l.featureId) ? 'storyPlaces' : layerOfFeature.get(l.featureId))),
  );
  const meta: StoryMeta = {
    title:
      options.title ?? (titled ? blocks[0] : options.articleFile.replace(/^.*\//, '').replace(/\.txt$/, '')),
    subtitle: `An article${options.sourceName ? ` of ${options.sourceName}` : ''} and the places it names`,
    description: `A situation map: the places named in “${options.title ?? blocks[0].slice(0, 80)}”, linked to the article.`,
    mapLabel: `Map of the places the article names${
      links.length
        ? `: ${[...new Set(links.map((l) => (shipped.get(l.featureId) ?? newPlaces.get(l.featureId))!.properties.name.en))].slice(0, 6).join(', ')}`
        : ''
    }.`,
    region: region.id,
    date,
    dateLabel: dateLabel(date),
    language: 'en',
    source: {
      name: options.sourceName ?? 'Source not stated',
      description: null,
      url: options.sourceUrl ?? null,
    },
    translation: null,
    rights: 'Rights not stated: check them before publishing.',
    provenance: `Imported with npm run story -- new on ${context.today ?? new Date().toISOString().slice(0, 10)}; the links were proposed by the geoparser and are not reviewed yet.`,
    defaultFrame: frameOf(
      links.map((l) => shipped.get(l.featureId) ?? newPlaces.get(l.featureId)!),
      region,
    ),
    // What each passage frames as it is read: its linked places, whole countries aside.
    passages: passages.map(({ id, role }) => ({
      id,
      role,
      focus: [
        ...new Set(
          links
            .filter((l) => l.passageId === id)
            .map((l) => l.featureId)
            .filter(
              (f) =>
                !['country', 'territory'].includes((shipped.get(f) ?? newPlaces.get(f))!.properties.kind),
            ),
        ),
      ],
    })),
    layers: LAYER_REGISTRY.filter((l) => l.file !== 'story' || places.length > 0).map((l) => ({
      id: l.id,
      role: linkedLayers.has(l.id) ? 'situation' : 'context',
      title: l.defaultTitle,
      visibleByDefault: true,
    })),
    claimants: { article: 'The article itself' },
    credits: BASE_CREDITS,
  };

  mkdirSync(dir, { recursive: true });
  try {
    writeFileSync(join(dir, 'article.txt'), text);
    const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
    writeFileSync(join(dir, 'story.json'), json(meta));
    writeFileSync(join(dir, 'links.json'), json(links));
    writeFileSync(join(dir, 'notes.json'), json([]));
    writeFileSync(join(dir, 'events.json'), json([]));
    if (measured.length) writeFileSync(join(dir, 'places.geojson'), serializeLayer(measured));
    readBundle(slug, { storiesDir });
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { dir, mentions, links, newPlaces: measured };
}

function dateLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/** The gazetteer place a mention resolved to. */
function gazetteerPlace(m: Mention, index: PlaceIndex): GazetteerPlace {
  const id = m.place.geonamesId
    ? `gn:${m.place.geonamesId}`
    : m.place.kind === 'country'
      ? `c:${m.place.country}`
      : null;
  const found =
    (id && index.byId.get(id)) ||
    [...index.byId.values()].find(
      (p) => p.name === m.place.name && p.lat === m.place.lat && p.lon === m.place.lon,
    );
  if (!found) throw new Error(`the gazetteer has no place for "${m.text}"`);
  return found;
}

/** A feature for a gazetteer place no shipped layer has: its point, names and source. */
function placeFeature(m: Mention, index: PlaceIndex, into: Map<string, SituationFeature>): SituationFeature {
  const place = gazetteerPlace(m, index);
  const base = fold(place.name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const id = `place-${base || 'unnamed'}${place.geonamesId ? `-${place.geonamesId}` : ''}`;
  const existing = into.get(id);
  if (existing) return existing;
  // Both official forms where the map shows both (Kosovo, Serbia); elsewhere the English name.
  const inferred =
    place.country === 'XK' || place.country === 'RS'
      ? inferNames(place.name, place.names)
      : { sq: null, 'sr-Latn': null, 'sr-Cyrl': null };
  const kind = (FEATURE_KINDS as readonly string[]).includes(place.kind)
    ? (place.kind as SituationFeature['properties']['kind'])
    : place.kind === 'capital'
      ? 'town'
      : 'place';
  const source =
    place.source === 'geonames-xk'
      ? SOURCES.geoNames
      : place.source === 'cities500'
        ? SOURCES.geoNamesCities500
        : SOURCES.isoCountryNames;
  const feature = makeFeature(
    {
      id,
      name: {
        en: place.name,
        sq: inferred.sq,
        'sr-Latn': inferred['sr-Latn'],
        'sr-Cyrl': inferred['sr-Cyrl'],
      },
      kind,
      precision: 'approximate',
      derivation: `A point from the geoparser's gazetteer (${place.id}${place.source === 'derived' ? ', derived' : ''}), proposed for “${m.text}”; not reviewed.`,
      note:
        place.kind === 'country' || place.kind === 'region'
          ? 'A point standing for a whole country or region: its outline is not drawn.'
          : 'A gazetteer point: approximate.',
      sources: [source],
      areaKm2: null,
      lengthKm: null,
      rank: 3,
    },
    { type: 'Point', coordinates: [place.lon, place.lat] },
  );
  into.set(id, feature);
  return feature;
}

/** Places farther than this from the linked places' median are left out of the first view (Belgrade). */
const FRAME_RADIUS_KM = 80;

/**
 * Around the linked places that are precise (not whole countries) and inside the map's bounds, those
 * within FRAME_RADIUS_KM of their median point: the situation, not the capitals it is discussed in.
 */
function frameOf(features: SituationFeature[], region: Region): [number, number, number, number] {
  const [W, S, E, N] = region.maxBounds;
  const inBounds = features.filter((f) => {
    const [lon, lat] = f.properties.labelPoint;
    return (
      !['country', 'territory'].includes(f.properties.kind) && lon >= W && lon <= E && lat >= S && lat <= N
    );
  });
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const centre = [
    median(inBounds.map((f) => f.properties.labelPoint[0])),
    median(inBounds.map((f) => f.properties.labelPoint[1])),
  ];
  const precise = inBounds.filter((f) => turf.distance(centre, f.properties.labelPoint) <= FRAME_RADIUS_KM);
  // For an article whose places are all whole countries: the region's own opening view.
  if (!precise.length) return region.bounds;
  const [w, s, e, n] = turf.bbox(turf.featureCollection(precise as never));
  const pad = 0.05;
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return [clamp(w - pad, W, E), clamp(s - pad, S, N), clamp(e + pad, W, E), clamp(n + pad, S, N)].map(
    (v) => Math.round(v * 1e4) / 1e4,
  ) as [number, number, number, number];
}
