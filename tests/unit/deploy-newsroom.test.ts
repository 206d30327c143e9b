// The newsroom's systemd units (deploy/newsroom/): the export the sync writes for readers lies outside
// the data folder, which npm run export refuses to write into (the security review found the unit
// pointing inside it: readers would never have received an unpublish).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

const env = (unit: string) =>
  Object.fromEntries(
    [...readFileSync(`deploy/newsroom/${unit}`, 'utf8').matchAll(/^Environment=(\w+)=(.*)$/gm)].map((m) => [
      m[1],
      m[2],
    ]),
  );

describe('the newsroom units', () => {
  it('export the readers’ site outside DATA_DIR, into a folder systemd makes for the service', () => {
    const sync = env('situation-viewer-sync.service');
    const inside = relative(sync.DATA_DIR!, sync.SITE!);
    expect(inside.startsWith('..') || isAbsolute(inside), `${sync.SITE} inside ${sync.DATA_DIR}`).toBe(true);
    expect(readFileSync('deploy/newsroom/situation-viewer-sync.service', 'utf8')).toMatch(
      new RegExp(`^StateDirectory=${sync.SITE!.replace('/var/lib/', '')}$`, 'm'),
    );
    expect(env('situation-viewer-newsroom.service').DATA_DIR).toBe(sync.DATA_DIR);
  });
});
