// The messages between the new-story page and its worker (geoparseWorker.ts).
import type { BundleFiles } from '../story/bundleFiles';
import type { StoryInput } from './storyInput';

export interface ParseRequest {
  input: StoryInput;
  /** YYYY-MM-DD in the editor's time zone: the story's date when none is given, and the provenance's. */
  today: string;
}

export type Stage = 'gazetteer' | 'layers' | 'parsing' | 'drafting' | 'checking';

export type WorkerMessage =
  /** How far the work has gone, 0–1, and what it is doing. */
  | { kind: 'progress'; stage: Stage; fraction: number }
  | {
      kind: 'done';
      files: BundleFiles;
      mentions: number;
      links: number;
      places: number;
      /** How long each stage took in the worker, ms. */
      timings: Record<Stage, number>;
    }
  /** What went wrong, in sentences for the editor. */
  | { kind: 'failed'; problems: string[] };

/** The share of the bar each stage takes, in order. */
export const STAGE_SPAN: Record<Stage, [number, number]> = {
  gazetteer: [0, 0.25],
  layers: [0.25, 0.35],
  parsing: [0.35, 0.9],
  drafting: [0.9, 0.95],
  checking: [0.95, 1],
};

export const STAGE_WORDS: Record<Stage, string> = {
  gazetteer: 'Loading the gazetteer',
  layers: 'Loading the map’s places',
  parsing: 'Finding places in the text',
  drafting: 'Drafting the links and places',
  checking: 'Checking the story',
};
