/**
 * `updateComplete` for an element that renders after a download (its texts): resolves once
 * nothing is `loading()` any more and the element has rendered what arrived.
 */
export async function settled(loading: () => Promise<unknown> | undefined, update: () => Promise<boolean>): Promise<boolean> {
  let done = await update();
  for (let pending; (pending = loading()); ) {
    await pending;
    done = await update();
  }
  return done;
}
