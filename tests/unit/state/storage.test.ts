// @vitest-environment jsdom
// The storage module (src/state/storage.ts): every key under one versioned prefix; data stored by the
// release before (its keys) still read when the new key is absent, the new key written and the old
// left in place; removing removes both; another tab's change to a draft reaches its listener.
import { afterEach, describe, expect, it } from 'vitest';
import {
  draftChangedElsewhere,
  OLD_STORAGE_KEYS,
  STORAGE_KEYS,
  storedDraft,
  storedHintDismissed,
  storedLocalStory,
  storedLocatorOpen,
  storedNewStoryForm,
  storedNewsroomRevision,
} from '../../../src/state/storage';

afterEach(() => localStorage.clear());

describe('the keys', () => {
  it('are all under one versioned prefix, and the old ones are the release before’s', () => {
    const keys = [
      STORAGE_KEYS.draft('s'),
      STORAGE_KEYS.unreadableDraft('s', '2026-12-08T10:00:00.000Z'),
      STORAGE_KEYS.localStory('s'),
      STORAGE_KEYS.newStoryForm,
      STORAGE_KEYS.hintDismissed,
      STORAGE_KEYS.locator,
      STORAGE_KEYS.newsroomRevision('s'),
    ];
    for (const key of keys) expect(key).toMatch(/^situation-viewer:v1:/);
    expect(OLD_STORAGE_KEYS).toMatchObject({
      newStoryForm: 'situation-viewer:new-story-form',
      hintDismissed: 'situation-viewer:hint-dismissed',
      locator: 'situation-viewer:locator',
    });
    expect(OLD_STORAGE_KEYS.draft('s')).toBe('situation-viewer:review:s');
    expect(OLD_STORAGE_KEYS.localStory('s')).toBe('situation-viewer:authored:s');
  });
});

describe('data kept by the release before', () => {
  it('a draft under situation-viewer:review:<slug> is read; written anew under the new key, the old kept', () => {
    localStorage.setItem('situation-viewer:review:north-desk', '{"old":true}');
    expect(storedDraft.read('north-desk')).toBe('{"old":true}');
    expect(storedDraft.write('north-desk', '{"new":true}')).toBe(true);
    expect(storedDraft.read('north-desk')).toBe('{"new":true}');
    expect(localStorage.getItem('situation-viewer:review:north-desk')).toBe('{"old":true}');
    storedDraft.remove('north-desk');
    expect(storedDraft.read('north-desk')).toBeNull();
    expect(localStorage.length).toBe(0);
  });

  it('a story under situation-viewer:authored:<slug> is read and listed', () => {
    localStorage.setItem('situation-viewer:authored:quiet', '{"slug":"quiet"}');
    storedLocalStory.write('loud', '{"slug":"loud"}');
    expect(storedLocalStory.read('quiet')).toBe('{"slug":"quiet"}');
    expect(storedLocalStory.slugs()).toEqual(['loud', 'quiet']);
    storedLocalStory.remove('quiet');
    expect(storedLocalStory.slugs()).toEqual(['loud']);
  });

  it('the new-story form under situation-viewer:new-story-form is read', () => {
    localStorage.setItem('situation-viewer:new-story-form', '{"title":"Kept"}');
    expect(storedNewStoryForm.read()).toBe('{"title":"Kept"}');
    storedNewStoryForm.write('{"title":"Newer"}');
    expect(storedNewStoryForm.read()).toBe('{"title":"Newer"}');
    expect(localStorage.getItem('situation-viewer:new-story-form')).toBe('{"title":"Kept"}');
  });

  it('the hint dismissed under situation-viewer:hint-dismissed is read', () => {
    expect(storedHintDismissed.read()).toBe(false);
    localStorage.setItem('situation-viewer:hint-dismissed', '1');
    expect(storedHintDismissed.read()).toBe(true);
  });

  it('the locator closed under situation-viewer:locator is read; the new key wins once written', () => {
    expect(storedLocatorOpen.read()).toBeNull();
    localStorage.setItem('situation-viewer:locator', 'closed');
    expect(storedLocatorOpen.read()).toBe(false);
    storedLocatorOpen.write(true);
    expect(storedLocatorOpen.read()).toBe(true);
    expect(localStorage.getItem(STORAGE_KEYS.locator)).toBe('open');
  });
});

describe('a draft that cannot be read', () => {
  it('is set aside under its own key, never deleted', () => {
    localStorage.setItem(STORAGE_KEYS.draft('s'), 'garbled');
    const key = STORAGE_KEYS.unreadableDraft('s', '2026-12-08T10:00:00.000Z');
    storedDraft.setAside('s', key, 'garbled');
    expect(localStorage.getItem(key)).toBe('garbled');
    expect(storedDraft.read('s')).toBeNull();
  });
});

describe('another tab', () => {
  it('its change to this story’s draft, under the new key or the old, reaches the listener; others do not', () => {
    const heard: (string | null)[] = [];
    const stop = draftChangedElsewhere('s', (text) => heard.push(text));
    const event = (key: string | null, newValue: string | null) =>
      window.dispatchEvent(new StorageEvent('storage', { key, newValue }));
    event(STORAGE_KEYS.draft('s'), '{"a":1}');
    event(OLD_STORAGE_KEYS.draft('s'), '{"b":2}');
    event(STORAGE_KEYS.draft('other'), '{"c":3}');
    event(STORAGE_KEYS.draft('s'), null);
    event(null, null);
    stop();
    event(STORAGE_KEYS.draft('s'), '{"d":4}');
    expect(heard).toEqual(['{"a":1}', '{"b":2}', null]);
  });
});

describe('the newsroom revision a stored draft started from', () => {
  it('is kept per story, read as a number, and nothing else is one', () => {
    expect(storedNewsroomRevision.read('north-desk')).toBeNull();
    storedNewsroomRevision.write('north-desk', 3);
    expect(storedNewsroomRevision.read('north-desk')).toBe(3);
    expect(storedNewsroomRevision.read('other')).toBeNull();
    localStorage.setItem(STORAGE_KEYS.newsroomRevision('bad'), 'three');
    expect(storedNewsroomRevision.read('bad')).toBeNull();
    storedNewsroomRevision.remove('north-desk');
    expect(storedNewsroomRevision.read('north-desk')).toBeNull();
  });

  it('is not taken for a story started in this browser (its key is no story’s)', () => {
    storedNewsroomRevision.write('north-desk', 1);
    expect(storedLocalStory.slugs()).toEqual([]);
  });
});
