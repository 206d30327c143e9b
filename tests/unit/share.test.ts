// @vitest-environment jsdom
// The share links and the embed snippet: same hash, the sibling page, text escaped for HTML.
import { describe, expect, it } from 'vitest';
import { embedSnippet, siblingUrl } from '../../src/ui/share';

describe('share links', () => {
  const viewer = 'https://maps.example.org/situations/#story=s&map=10.00/42.97/20.78&feature=x';
  it('points the embed at embed.html beside the viewer, with the same view and selection', () => {
    expect(siblingUrl(viewer, 'embed.html')).toBe(
      'https://maps.example.org/situations/embed.html#story=s&map=10.00/42.97/20.78&feature=x',
    );
    expect(siblingUrl('https://maps.example.org/situations/embed.html#story=s', '')).toBe(
      'https://maps.example.org/situations/#story=s',
    );
  });
  it('writes an iframe whose attributes cannot be broken out of', () => {
    const snippet = embedSnippet(viewer, 'A "quoted" <title> & more');
    expect(snippet).toMatch(
      /^<iframe src="https:\/\/maps\.example\.org\/situations\/embed\.html#story=s&amp;map=/,
    );
    expect(snippet).toContain('title="A &quot;quoted&quot; &lt;title&gt; &amp; more (Situation Viewer)"');
    expect(snippet).toContain('width="600" height="450"');
    // Parsed back, it is one iframe with exactly these attributes and the title as written.
    const doc = new DOMParser().parseFromString(snippet, 'text/html');
    const frames = doc.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    expect(frames[0].getAttributeNames().sort()).toEqual([
      'height',
      'loading',
      'src',
      'style',
      'title',
      'width',
    ]);
    expect(frames[0].getAttribute('title')).toBe('A "quoted" <title> & more (Situation Viewer)');
  });
});
