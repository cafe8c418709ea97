import { ContextProvider } from '@lit/context';
import { consentStoreContext } from '../context/store-context.js';
import type { ConsentStore } from '../core/consent-store.js';

const PROVIDED = Symbol.for('consent-elements.provided');

/** Provides `store` to every element of the page, once (shared by every chunk and copy). */
export function provideStore(store: ConsentStore): void {
  const root = document.documentElement as HTMLElement & { [PROVIDED]?: boolean };
  if (root[PROVIDED]) return;
  root[PROVIDED] = true;
  new ContextProvider(root, { context: consentStoreContext, initialValue: store });
}

/** Registers `tag` unless another copy of the library already did. */
export function defineOnce(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
