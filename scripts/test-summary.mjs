// Reads the machine-readable reports of Vitest and Playwright, lists the ten slowest tests of both
// (so that a test creeping towards its timeout shows in every log before it fails), and prints the
// closing line `N passed, N failed[, N skipped]`. Exits non-zero when a test failed, a report is
// missing, or no test ran at all.
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

/** A report, or null when it is missing or unreadable (summarize() counts that as a failure). */
function readReport(path) {
  try {
    return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
  } catch {
    return null;
  }
}

const fromTests = (name) => {
  const at = name.lastIndexOf('/tests/');
  return at >= 0 ? name.slice(at + 1) : name;
};

function vitestDurations(report) {
  return (report?.testResults ?? []).flatMap((file) =>
    file.assertionResults
      .filter((t) => typeof t.duration === 'number')
      .map((t) => ({ runner: 'vitest', file: fromTests(file.name), name: t.fullName, ms: t.duration })),
  );
}

// Playwright nests suites (file, then describe blocks); a test's time is its longest attempt (the
// timeout applies to each attempt).
function playwrightDurations(report) {
  const rows = [];
  const walk = (suite, titles) => {
    for (const spec of suite.specs ?? [])
      for (const test of spec.tests ?? [])
        rows.push({
          runner: 'playwright',
          file: spec.file,
          name: [...titles, spec.title].join(' › '),
          ms: Math.max(0, ...(test.results ?? []).map((r) => r.duration ?? 0)),
        });
    for (const child of suite.suites ?? []) walk(child, [...titles, child.title]);
  };
  for (const fileSuite of report?.suites ?? []) walk(fileSuite, []);
  return rows;
}

/** The `n` slowest tests of both runners, slowest first. */
export function slowestTests({ vitest, playwright }, n = 10) {
  return [...vitestDurations(vitest), ...playwrightDurations(playwright)]
    .sort((a, b) => b.ms - a.ms)
    .slice(0, n);
}

function printSlowest() {
  const rows = slowestTests({
    vitest: readReport(REPORTS.vitest),
    playwright: readReport(REPORTS.playwright),
  });
  if (!rows.length) return;
  console.log('\nThe ten slowest tests:');
  for (const r of rows) {
    const seconds = (r.ms / 1000).toFixed(2).padStart(7);
    console.log(`${seconds} s  ${r.runner.padEnd(10)} ${r.file} › ${r.name}`);
  }
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
  printSlowest();
  const { totals, problems } = summarize();
  for (const p of problems) console.log(p);
  const ran = totals.passed + totals.failed;
  if (ran === 0) console.log('No test ran.');
  const tail = totals.skipped ? `, ${totals.skipped} skipped` : '';
  console.log(`${totals.passed} passed, ${totals.failed} failed${tail}`);
  process.exit(totals.failed > 0 || ran === 0 ? 1 : 0);
}
