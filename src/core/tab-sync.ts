import type { ConsentStore } from './consent-store.js';

interface CookieChange {
  changed: { name: string }[];
  deleted: { name: string }[];
}

/**
 * Applies a decision taken in another tab of the site (reason `sync`) by re-reading the
 * consent cookie: at once when the Cookie Store API reports a change to it (it also reports
 * this tab's own writes, which `sync` finds unchanged), else when the tab becomes visible or
 * its window gets the focus, which also expires the decision of a tab left open past the
 * 13 months. Returns the stop function.
 */
export function syncTabs(store: ConsentStore): () => void {
  const { name } = store.config.cookie;
  // Only a change to our cookie costs a read: the page's own tags set cookies all the time.
  const onChange = (({ changed, deleted }: CookieChange) =>
    [...changed, ...deleted].some((c) => c.name == name) && store.sync()) as unknown as EventListener;
  const onShow = () => document.visibilityState == 'visible' && store.sync();
  let cookies: EventTarget | undefined;
  let stopped = false;
  // Reaching `cookieStore` costs a few ms of main thread in Chromium (measured ~3 ms at start-up):
  // not while the page loads. Until then, visibility and focus cover a decision taken elsewhere.
  const subscribe = () => stopped || (cookies = (globalThis as { cookieStore?: EventTarget }).cookieStore)?.addEventListener('change', onChange);
  if (document.readyState == 'complete') subscribe();
  else addEventListener('load', subscribe, { once: true });
  document.addEventListener('visibilitychange', onShow);
  addEventListener('focus', onShow);
  return () => {
    stopped = true;
    cookies?.removeEventListener('change', onChange);
    document.removeEventListener('visibilitychange', onShow);
    removeEventListener('focus', onShow);
  };
}
