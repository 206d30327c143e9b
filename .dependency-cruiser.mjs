// The source's layers, bottom to top (README, "How the code is layered"). A module may import
// from its own folder and from any layer below its own; never from a layer above it, and never
// from another folder of its own rank (the two renderers, map/ and static/, stay apart). Around src/:
// the pipeline (geo/) builds on src/, and the scripts (scripts/: the build, `npm run story`, `npm run
// geo`) on both; src/ imports neither, geo/ never imports scripts/, none imports the tests; and no
// module imports itself through others (a circle). tests/unit/layering.test.ts runs these rules over
// src/, geo/ and scripts/ in `npm test`.
export const LAYERS = [
  ['text'],
  ['domain'],
  ['region', 'camera', 'geoparse'],
  ['story', 'features'],
  ['cartography'],
  ['loading'],
  ['state'],
  ['hooks'],
  ['map', 'static'],
  ['ui'],
  ['desk', 'authoring'],
  ['app'],
];

const rank = new Map(LAYERS.flatMap((folders, i) => folders.map((f) => [f, i])));

/** For each folder: the folders it must not import (every one above it and its peers). */
function forbiddenRules() {
  return [...rank].map(([folder, r]) => {
    const higher = [...rank].filter(([other, o]) => other !== folder && o >= r).map(([other]) => other);
    return {
      name: `layer-${folder}`,
      comment: `src/${folder}/ is below src/{${higher.join(',')}}/ and must not import them`,
      severity: 'error',
      from: { path: `^src/${folder}/` },
      to: { path: `^src/(${higher.join('|')})/` },
    };
  });
}

export default {
  forbidden: [
    ...forbiddenRules(),
    {
      name: 'src-imports-no-pipeline',
      comment: 'src/ is what the browser runs: it imports neither the pipeline (geo/) nor the scripts',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^(geo|scripts|tests|bench)/' },
    },
    {
      name: 'geo-imports-no-scripts',
      comment: 'geo/ takes what it needs (the region) as arguments: the scripts call it, not it them',
      severity: 'error',
      from: { path: '^geo/' },
      to: { path: '^(scripts|tests|bench)/' },
    },
    {
      name: 'scripts-import-no-tests',
      comment: 'scripts/ (the build, the CLIs) import no test code',
      severity: 'error',
      from: { path: '^scripts/' },
      to: { path: '^(tests|bench)/' },
    },
    {
      name: 'no-circle',
      comment: 'no module imports itself through others (a type included: the circle is in the design)',
      severity: 'error',
      from: { pathNot: '(^|/)node_modules/' },
      to: { circular: true, pathNot: '(^|/)node_modules/' },
    },
    {
      name: 'no-unlayered-folder',
      comment: 'every folder of src/ has a place in LAYERS',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/', pathNot: `^src/(${[...rank.keys()].join('|')})/` },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
