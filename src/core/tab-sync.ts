import type { ConsentStore } from './consent-store.js';

/**
 * Applies a decision taken in another tab of the site (reason `sync`): a BroadcastChannel
 * carries it at once; re-reading the cookie when the tab becomes visible covers browsers
 * without one, and a tab left open past the 13-month expiry. Returns the stop function.
 */
export function syncTabs(store: ConsentStore): () => void {
  const channel = globalThis.BroadcastChannel
    ? new BroadcastChannel('consent-elements:' + store.config.cookie.name)
    : undefined;
  let applying = false;
  const unsubscribe = store.on('consent-change', ({ reason }) => {
    if (!applying && reason != 'sync' && reason != 'gpc') channel?.postMessage(store.storedValue ?? '');
  });
  const apply = (value?: string) => {
    applying = true;
    try {
      store.sync(value);
    } finally {
      applying = false;
    }
  };
  channel?.addEventListener('message', (event: MessageEvent) => {
    if (typeof event.data == 'string') apply(event.data);
  });
  const onVisible = () => document.visibilityState == 'visible' && apply();
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    unsubscribe();
    channel?.close();
    document.removeEventListener('visibilitychange', onVisible);
  };
}
