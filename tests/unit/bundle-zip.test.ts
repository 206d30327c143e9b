import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { unzipBundle, zipBundle, BundleZipError } from '../../src/story/bundleZip';

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

  it('says when the bytes are not a zip', () => {
    expect(() => unzipBundle(strToU8('hello'))).toThrow(/not a zip/);
  });
});
