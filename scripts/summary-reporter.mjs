// A @web/test-runner reporter that ends the run with one plain line, `browsers: N passed, N failed`,
// counted over every browser, after a line for each skipped test naming its browser; with
// EPIDURAL_BROWSER_COUNTS set, it also writes the counts there as JSON (scripts/test.mjs adds
// them to the Node suites' for npm test's closing line). A test file
// that fails to load counts as one failure, so a broken file can never pass as "0 failed".
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';

function count(suite, totals, where, path = []) {
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests) {
    if (test.skipped) {
      totals.skipped += 1;
      totals.skips.push(`skipped in ${where}: ${[...here, test.name].join(' > ')}`);
    } else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals, where, here);
}

export function summaryReporter() {
  let totals;
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0, skips: [] };
      for (const session of sessions) {
        const where = `${session.browser.name} (${relative(process.cwd(), session.testFile)})`;
        if (session.testResults) count(session.testResults, totals, where);
        if (session.errors.length > 0 || (!session.passed && !session.testResults)) {
          totals.failed += Math.max(1, session.errors.length);
        }
      }
    },
    stop() {
      if (!totals) return;
      const { passed, failed, skipped } = totals;
      if (process.env.EPIDURAL_BROWSER_COUNTS)
        writeFileSync(
          process.env.EPIDURAL_BROWSER_COUNTS,
          JSON.stringify({ passed, failed, skipped }),
        );
      // Printed after the default reporter has finished with the terminal.
      process.on('exit', () => {
        for (const line of new Set(totals.skips)) console.log(line);
        console.log(
          `browsers: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`,
        );
      });
    },
  };
}
