// The new-story page's worker: it fetches the gazetteer (only here: no reader's page loads it) and
// the shipped layers from this site, finds the places of the article with the geoparser, drafts the
// bundle (draftBundle.ts, the code `story new` runs) and checks it with the build's own parseBundle —
// all off the page's thread, saying how far it has gone. Nothing leaves the browser.
import { fetchGazetteer } from '../loading/gazetteer';
import { buildPlaceIndex } from '../geoparse/placeIndex';
import type { SituationFeature } from '../domain/schema';
import { LAYER_REGISTRY } from '../cartography/layerRegistry';
import { resolveStoryLayers } from '../cartography/storyLayers';
import { loadLayer } from '../loading/loadLayers';
import { BundleError, parseBundle, situationLayerProblems } from '../story/parseBundle';
import { draftBundle } from './draftBundle';
import { authoringRegion } from './authoringRegion';
import { STAGE_SPAN, type ParseRequest, type Stage, type WorkerMessage } from './workerProtocol';

const post = (message: WorkerMessage) => self.postMessage(message);
const progress = (stage: Stage, within = 0) => {
  const [from, to] = STAGE_SPAN[stage];
  post({ kind: 'progress', stage, fraction: from + (to - from) * within });
};

const BASE = new URL(import.meta.env.BASE_URL, self.location.origin).href;

async function gazetteer() {
  return buildPlaceIndex(await fetchGazetteer(BASE));
}

async function shippedLayers() {
  const features: SituationFeature[] = [];
  const layerOf = new Map<string, string>();
  const shipped = LAYER_REGISTRY.filter((l) => l.file !== 'story');
  const loads = await Promise.all(shipped.map((l) => loadLayer(l.file, BASE)));
  loads.forEach((load, i) => {
    if (load.status !== 'ok') throw new Error(`the map's layer ${shipped[i].file} could not be loaded`);
    for (const f of load.features) {
      features.push(f);
      layerOf.set(f.properties.id, shipped[i].id);
    }
  });
  return { features, layerOf };
}

async function run({ input, today }: ParseRequest) {
  const timings: Record<Stage, number> = { gazetteer: 0, layers: 0, parsing: 0, drafting: 0, checking: 0 };
  let since = performance.now();
  const lap = (stage: Stage) => {
    const now = performance.now();
    timings[stage] = Math.round((now - since) * 10) / 10;
    since = now;
  };
  progress('gazetteer');
  const index = await gazetteer();
  lap('gazetteer');
  progress('layers');
  const { features, layerOf } = await shippedLayers();
  lap('layers');
  progress('parsing');
  const region = authoringRegion();
  const drafted = draftBundle(input, {
    index,
    features,
    layerOf,
    region,
    today,
    madeWith: 'the browser’s new-story page',
    onProgress: (fraction) => progress('parsing', fraction),
    onParsed: () => {
      lap('parsing');
      progress('drafting');
    },
  });
  lap('drafting');
  progress('checking');
  try {
    const story = parseBundle(input.slug, drafted.files, {
      region: () => region,
      featureIds: layerOf,
      layerProblems: (layers) => resolveStoryLayers(layers).problems,
    });
    const problems = situationLayerProblems(story, layerOf);
    if (problems.length) return post({ kind: 'failed', problems });
  } catch (error) {
    if (error instanceof BundleError) return post({ kind: 'failed', problems: error.problems });
    throw error;
  }
  lap('checking');
  post({
    kind: 'done',
    timings,
    files: drafted.files,
    mentions: drafted.mentions.length,
    links: drafted.links.length,
    places: drafted.newPlaces.length,
  });
}

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  run(event.data).catch((error: Error) =>
    post({ kind: 'failed', problems: [`The places could not be found: ${error.message}.`] }),
  );
};
