// The browser's side of the newsroom's sign-in: #login is a route of its own, and a page may call /api/
// only with the `sv_signed_in` cookie or on #login (a reader's page never does).
import { describe, expect, it } from 'vitest';
import { routeOf } from '../../src/app/StoryRouter';
import { hasSignedInCookie, mayCallApi } from '../../src/state/newsroom/session';
import { revisionOf } from '../../src/state/newsroom/api';

describe('the newsroom in the browser', () => {
  it('#login is the sign-in page, whatever the index holds', () => {
    expect(routeOf('#login', ['a'])).toEqual({ kind: 'login' });
    expect(routeOf('#login', ['a', 'b'])).toEqual({ kind: 'login' });
    expect(routeOf('#story=a', ['a'])).toEqual({ kind: 'story', slug: 'a', local: false });
  });

  it('calls /api/ only with the sv_signed_in cookie, or on #login', () => {
    expect(hasSignedInCookie('')).toBe(false);
    expect(hasSignedInCookie('other=1; sv_signed_in=1')).toBe(true);
    expect(hasSignedInCookie('not_sv_signed_in=1')).toBe(false);
    expect(mayCallApi('', '#story=a')).toBe(false);
    expect(mayCallApi('', '')).toBe(false);
    expect(mayCallApi('', '#login')).toBe(true);
    expect(mayCallApi('', '#loginx')).toBe(false);
    expect(mayCallApi('sv_signed_in=1', '#stories')).toBe(true);
  });

  it('reads a draft revision from its ETag', () => {
    expect(revisionOf('"3"')).toBe(3);
    expect(revisionOf('W/"12"')).toBe(12);
    expect(revisionOf(null)).toBe(null);
    expect(revisionOf('"x"')).toBe(null);
  });
});
