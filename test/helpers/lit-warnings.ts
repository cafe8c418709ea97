/**
 * Fails the current test when Lit's development build issued a warning during it
 * (STYLE.md 11). Import it from every element test.
 */
const issued = () =>
  [...(((globalThis as { litIssuedWarnings?: Set<string> }).litIssuedWarnings ?? new Set()) as Set<string>)].filter(
    (warning) => !warning.includes('dev mode') && warning != 'dev-mode',
  );

let before = 0;
beforeEach(() => {
  before = issued().length;
});
afterEach(() => {
  const warnings = issued().slice(before);
  if (warnings.length) throw new Error(`Lit warned:\n${warnings.join('\n')}`);
});
