// Reads the machine-readable reports of Vitest and Playwright and prints the closing line
// `N passed, N failed[, N skipped]`. Exits non-zero when a test failed, a report is missing,
// or no test ran at all.
import { existsSync, readFileSync } from 'node:fs';

export const REPORTS = { vitest: 'test-results/vitest.json', playwright: 'test-results/playwright.json' };

// A test file that fails to load has no failed test of its own: it counts as one failure.
function countVitest(report) {
  const brokenFiles = (report.testResults ?? []).filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((t) => t.status === 'failed'),
  ).length;
  return {
    passed: report.numPassedTests,
    failed: report.numFailedTests + brokenFiles,
    skipped: report.numPendingTests + report.numTodoTests,
  };
}

function countPlaywright(report) {
  const s = report.stats;
  return {
    passed: s.expected + s.flaky,
    failed: s.unexpected + (report.errors?.length ?? 0),
    skipped: s.skipped,
  };
}

export function summarize() {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  const problems = [];
  for (const [runner, path] of Object.entries(REPORTS)) {
    if (!existsSync(path)) {
      problems.push(`${runner}: no report at ${path} (the runner did not run or crashed)`);
      totals.failed += 1;
      continue;
    }
    const report = JSON.parse(readFileSync(path, 'utf8'));
    const counts = runner === 'vitest' ? countVitest(report) : countPlaywright(report);
    console.log(`${runner}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
    for (const key of Object.keys(totals)) totals[key] += counts[key];
  }
  return { totals, problems };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { totals, problems } = summarize();
  for (const p of problems) console.log(p);
  const ran = totals.passed + totals.failed;
  if (ran === 0) console.log('No test ran.');
  const tail = totals.skipped ? `, ${totals.skipped} skipped` : '';
  console.log(`${totals.passed} passed, ${totals.failed} failed${tail}`);
  process.exit(totals.failed > 0 || ran === 0 ? 1 : 0);
}
