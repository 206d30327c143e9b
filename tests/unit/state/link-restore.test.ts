// One decision for what a link shows, on first load and on hashchange.
import { describe, expect, it } from 'vitest';
import { featuresALinkNeeds, outcomeOfLink } from '../../../src/state/linkRestore';
import { defaultUrlState, parseUrlState } from '../../../src/state/urlState';

const layers = [{ id: 'monastery', visibleByDefault: true }];
const events = [{ id: 'banjska-attack', places: ['banjska-monastery', 'banjska'] }];
const known = new Map([
  ['banjska-monastery', {}],
  ['banjska', {}],
]);
const at = (hash: string) => parseUrlState(hash, layers);

describe('outcomeOfLink', () => {
  it('a known feature opens its details, framed unless the link has a view', () => {
    expect(outcomeOfLink(at('#feature=banjska'), '#feature=banjska', known, events)).toEqual({
      kind: 'select',
      request: { target: { kind: 'feature', featureId: 'banjska' }, origin: 'url', linkHasView: false },
    });
    const withView = '#map=10.00/42.9/20.8&feature=banjska';
    expect(outcomeOfLink(at(withView), withView, known, events)).toMatchObject({
      request: { linkHasView: true },
    });
  });

  it('the embed frames the feature without opening its details, and keeps a view the link carries', () => {
    expect(outcomeOfLink(at('#feature=banjska'), '#feature=banjska', known, events, true)).toEqual({
      kind: 'frame',
      ids: ['banjska'],
    });
    const withView = '#map=10.00/42.9/20.8&feature=banjska';
    expect(outcomeOfLink(at(withView), withView, known, events, true)).toEqual({
      kind: 'nothing',
      notice: null,
    });
  });

  it('an event opens when no known feature is named; feature= beside event= opens the feature', () => {
    expect(outcomeOfLink(at('#event=banjska-attack'), '#event=banjska-attack', known, events)).toMatchObject({
      request: { target: { kind: 'event', eventId: 'banjska-attack' } },
    });
    const both = '#event=banjska-attack&feature=banjska';
    expect(outcomeOfLink(at(both), both, known, events)).toMatchObject({
      request: { target: { kind: 'feature' } },
    });
    expect(featuresALinkNeeds(at('#event=banjska-attack'), events)).toEqual(['banjska-monastery', 'banjska']);
    expect(featuresALinkNeeds(at(both), events)).toEqual(['banjska']);
  });

  it('a feature this map does not have is said, by the id as written; no feature, no notice', () => {
    expect(outcomeOfLink(at('#feature=gracanica'), '#feature=gracanica', known, events)).toEqual({
      kind: 'nothing',
      notice: 'Link not found: this map has no feature “gracanica”. Showing the default view.',
    });
    expect(outcomeOfLink(defaultUrlState(layers), '', known, events)).toEqual({
      kind: 'nothing',
      notice: null,
    });
  });
});
