// The closing lines of `npm test`: the ten slowest tests of both runners, so that a test creeping
// towards its timeout shows in every CI log before it fails.
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module of the test runner script, without types
import { slowestTests } from '../../scripts/test-summary.mjs';

const vitest = {
  testResults: [
    {
      name: '/repo/tests/unit/a.test.ts',
      assertionResults: [
        { fullName: 'a fast', duration: 3, status: 'passed' },
        { fullName: 'a slow', duration: 4200, status: 'passed' },
      ],
    },
    { name: '/repo/tests/unit/b.test.ts', assertionResults: [{ fullName: 'b', status: 'skipped' }] },
  ],
};
const playwright = {
  suites: [
    {
      file: 'map.spec.ts',
      specs: [],
      suites: [
        {
          title: 'the map',
          specs: [
            {
              title: 'pans',
              file: 'map.spec.ts',
              tests: [{ projectName: '', results: [{ duration: 900 }, { duration: 12000 }] }],
            },
          ],
        },
      ],
    },
  ],
};

describe('slowestTests', () => {
  it('ranks unit and browser tests together, slowest first, a browser test by its longest attempt', () => {
    const rows = slowestTests({ vitest, playwright }, 10);
    expect(rows).toEqual([
      { runner: 'playwright', file: 'map.spec.ts', name: 'the map › pans', ms: 12000 },
      { runner: 'vitest', file: 'tests/unit/a.test.ts', name: 'a slow', ms: 4200 },
      { runner: 'vitest', file: 'tests/unit/a.test.ts', name: 'a fast', ms: 3 },
    ]);
  });

  it('keeps only the n slowest, and reads a missing report as no tests', () => {
    expect(slowestTests({ vitest, playwright: null }, 1)).toEqual([
      { runner: 'vitest', file: 'tests/unit/a.test.ts', name: 'a slow', ms: 4200 },
    ]);
  });
});
