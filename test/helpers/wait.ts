/**
 * The one place tests wait: {@link until} polls a condition. No test sleeps: an assertion that
 * something did *not* happen waits on something the library or the browser reports
 * (`store.whenReady`, a settled `updateComplete`, a request recorder drained, a sentinel that
 * arrives after the one that must not).
 */
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `check` (every 10 ms, awaiting it when it returns a promise) until it returns something
 * truthy, and returns that. After `timeout` ms it fails with an error that names the condition:
 * `what`, or the source of `check`. `until(check, 4000)` is short for `until(check, undefined, 4000)`.
 */
export async function until<T>(check: () => T | Promise<T>, what?: string | number, timeout = 3000): Promise<T> {
  if (typeof what == 'number') [what, timeout] = [undefined, what];
  const name = what ?? String(check).replace(/\s+/g, ' ');
  const end = performance.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (performance.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${name} (last: ${String(last)})`);
    await sleep(10);
  }
}
