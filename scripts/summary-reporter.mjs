/**
 * A @web/test-runner reporter that ends the run with one plain line, `N passed, N failed`
 * (with `, N skipped` when some were), that any CI can read.
 */
export function summaryReporter() {
  return {
    stop({ sessions }) {
      const count = { passed: 0, failed: 0, skipped: 0 };
      const visit = (suite) => {
        for (const test of suite?.tests ?? []) count[test.skipped ? 'skipped' : test.passed ? 'passed' : 'failed']++;
        for (const child of suite?.suites ?? []) visit(child);
      };
      for (const session of sessions) {
        const before = count.passed + count.failed;
        visit(session.testResults);
        if (process.env.TEST_COUNTS) console.log(`${count.passed + count.failed - before}\t${session.testFile}`);
        // A file that failed to load or threw outside a test has no result of its own.
        if (!session.passed && !session.testResults?.tests?.length && !session.testResults?.suites?.length) count.failed++;
      }
      const skipped = count.skipped ? `, ${count.skipped} skipped` : '';
      // After the default reporter's last output.
      setTimeout(() => console.log(`\n${count.passed} passed, ${count.failed} failed${skipped}`));
    },
  };
}
