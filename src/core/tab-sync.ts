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
  const cookies = (globalThis as { cookieStore?: EventTarget }).cookieStore;
  // Only a change to our cookie costs a read: the page's own tags set cookies all the time.
  const onChange = ({ changed, deleted }: CookieChange) => [...changed, ...deleted].some((c) => c.name == name) && store.sync();
  const onShow = () => document.visibilityState == 'visible' && store.sync();
  cookies?.addEventListener('change', onChange as unknown as EventListener);
  document.addEventListener('visibilitychange', onShow);
  addEventListener('focus', onShow);
  return () => {
    cookies?.removeEventListener('change', onChange as unknown as EventListener);
    document.removeEventListener('visibilitychange', onShow);
    removeEventListener('focus', onShow);
  };
}
