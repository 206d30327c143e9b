// How state and effects travel at run time (issue 38), held by reading the source: the desk's state is
// the store's slice, never a component's; one `hashchange` listener; the browser's storage touched by
// one module; no React context of the project's own but the store's provider; small source files.
// (The import rules over src/, geo/ and scripts/ are layering.test.ts's.)
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}
const CODE = filesUnder('src').filter((f) => /\.tsx?$/.test(f));
const source = new Map(CODE.map((f) => [f, readFileSync(f, 'utf8')]));
/** A file's code without its comments and the words of its strings. */
const codeOf = (f: string) =>
  source
    .get(f)!
    .replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''")
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\/\/.*$/gm, '');
/** The files whose code (comments and strings aside) matches. */
const using = (pattern: RegExp) => CODE.filter((f) => pattern.test(codeOf(f)));

describe('state and effects, each in one place', () => {
  it('no useState (or useReducer) holds the desk’s state: the desk reads the store', () => {
    expect(using(/\buse(State|Reducer)\s*[(<]/).filter((f) => f.startsWith(join('src', 'desk')))).toEqual([]);
    // The desk's state is the store's slice: each of these is a field of DeskState.
    const slice = source.get(join('src', 'state', 'desk', 'deskState.ts'))!;
    for (const field of ['draft', 'past', 'future', 'current', 'armed', 'stale', 'discarded', 'message'])
      expect(slice, field).toMatch(new RegExp(`^  ${field}: `, 'm'));
  });

  it('one hashchange listener in src/, the URL effect’s', () => {
    const listeners = CODE.flatMap((f) =>
      [...source.get(f)!.matchAll(/addEventListener\(\s*'hashchange'/g)].map(() => f),
    );
    expect(listeners).toEqual([join('src', 'state', 'url.ts')]);
    expect(using(/\bonhashchange\b/)).toEqual([]);
  });

  it('localStorage and sessionStorage are touched only by the storage module', () => {
    expect(using(/\b(localStorage|sessionStorage)\b/)).toEqual([join('src', 'state', 'storage.ts')]);
  });

  it('no React context of the project’s own besides the store’s provider', () => {
    expect(using(/\bcreateContext\s*[(<]/)).toEqual([join('src', 'state', 'useStore.tsx')]);
  });

  it('no code file in src/ over 350 lines', () => {
    const long = CODE.map((f) => [f, source.get(f)!.split('\n').length] as const).filter(
      ([, lines]) => lines > 350,
    );
    expect(long).toEqual([]);
  });
});
