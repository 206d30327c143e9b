import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { unzipBundle, zipBundle, BundleZipError, MAX_UNPACKED_BYTES } from '../../src/story/bundleZip';

const files = {
  'story.json': '{"title":"x"}',
  'article.txt': 'Mitrovica – Mitrovicë\n\nThe bridge.',
  'links.json': '[]',
  'notes.json': '[]',
  'events.json': '[]',
};

describe('bundle zip', () => {
  it('holds one folder <slug>/ with the files, byte for byte, and reads back', () => {
    const bytes = zipBundle('a-story', files);
    const back = unzipBundle(bytes);
    expect(back.slug).toBe('a-story');
    expect(back.files).toEqual(files);
    expect(zipBundle('a-story', files)).toEqual(bytes);
  });

  it.each([
    ['a path that leaves the folder', { 'a/../../etc/x': '' }, /leaves the story's folder/],
    ['an absolute path', { '/a/story.json': '' }, /leaves the story's folder/],
    ['two folders', { 'a/story.json': '', 'b/story.json': '' }, /one folder/],
    ['a file outside any folder', { 'story.json': '' }, /one folder deep/],
    ['a file that is not a bundle file', { 'a/story.json': '', 'a/run.sh': '' }, /not a bundle file/],
    ['a folder that is not a slug', { 'A B/story.json': '' }, /slug/],
    ['missing files', { 'a/story.json': '' }, /missing a\/article.txt/],
  ])('refuses %s', (_, entries, message) => {
    const zip = zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, strToU8(v)])));
    expect(() => unzipBundle(zip)).toThrow(BundleZipError);
    expect(() => unzipBundle(zip)).toThrow(message);
  });

  it('refuses a zip that would unpack to more than a bundle ever holds, before unpacking it', () => {
    const big = new Uint8Array(MAX_UNPACKED_BYTES + 1); // zeros: a few kB once compressed
    const zip = zipSync({ 'a/article.txt': big }, { level: 9 });
    expect(zip.length).toBeLessThan(100_000);
    expect(() => unzipBundle(zip)).toThrow(/would unpack to more than 20 MB/);
  });

  it('says when the bytes are not a zip', () => {
    expect(() => unzipBundle(strToU8('hello'))).toThrow(/not a zip/);
  });
});
