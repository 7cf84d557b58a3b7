// A @web/test-runner reporter that ends the run with one plain line, `tests: N passed, N failed`,
// counted over every browser. A test file that fails to load counts as one failure, so a broken
// file can never pass as "0 failed".
function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped += 1;
    else if (test.passed) totals.passed += 1;
    else totals.failed += 1;
  }
  for (const child of suite.suites) count(child, totals);
}

export function summaryReporter() {
  let totals;
  return {
    onTestRunFinished({ sessions }) {
      totals = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        if (session.errors.length > 0 || (!session.passed && !session.testResults)) {
          totals.failed += Math.max(1, session.errors.length);
        }
      }
    },
    stop() {
      if (!totals) return;
      const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
      // Printed after the default reporter has finished with the terminal.
      process.on('exit', () => {
        console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${skipped}`);
      });
    },
  };
}
