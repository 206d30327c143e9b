// A story's thumbnail (scripts/story/thumbnail.ts) draws the base map's water and main roads from the
// tiles on disk, each tile read and decoded once for the whole build, and nothing else of it.
import { describe, expect, it, vi } from 'vitest';
import * as vectorTiles from '../../src/static/vectorTiles';
import { storyThumbnail } from '../../scripts/story/thumbnail';
import { STORY } from './helpers/story';

describe('a story’s thumbnail', () => {
  it('draws the base map’s water and main roads, nothing else of it', () => {
    const svg = storyThumbnail(STORY);
    const layers = [...svg.matchAll(/data-style-layer="([^"]+)"/g)].map((m) => m[1]);
    expect(layers.some((l) => l.startsWith('base-map-water-'))).toBe(true);
    expect(layers.some((l) => /^base-map-road-(motorway|primary)/.test(l))).toBe(true);
    expect(layers.filter((l) => !/^base-map-(water|road-(motorway|primary))(-casing)?-/.test(l))).toEqual([]);
    // Under the story: the first story mark comes after the last base-map one but the ground fills.
    expect(svg.lastIndexOf('data-style-layer="base-map')).toBeLessThan(svg.lastIndexOf('<path'));
  });

  it('decodes each tile once per build, however many stories use it', () => {
    const decode = vi.spyOn(vectorTiles, 'decodeTile');
    // A view no other test has drawn (Belgrade): its tiles decoded once, then read from memory.
    const at = (mapLabel: string) => ({
      ...STORY,
      meta: {
        ...STORY.meta,
        mapLabel,
        defaultFrame: [20.3, 44.7, 20.6, 44.9] as [number, number, number, number],
      },
    });
    storyThumbnail(at('One story'));
    const first = decode.mock.calls.length;
    expect(first).toBeGreaterThan(0);
    storyThumbnail(at('Another story, the same view'));
    expect(decode.mock.calls.length).toBe(first);
    decode.mockRestore();
  });
});
