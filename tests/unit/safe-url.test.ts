// Links from data: only http(s) URLs become links (nothing else reaches an href).
import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../src/domain/safeUrl';

describe('links from data', () => {
  it('only http(s) URLs become links', () => {
    expect(safeHttpUrl('https://www.geoboundaries.org/')).toBe('https://www.geoboundaries.org/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
  });
});
