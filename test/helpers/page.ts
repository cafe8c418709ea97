/** A same-origin page in an iframe, for tests of the script-tag build as a site would use it. */
export interface TestPage {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  doc: Document;
  /** Everything the page logged with console.error. */
  errors: string[];
}

/** Records console.error before anything else runs in the page. */
const RECORD_ERRORS = `<script>window.__errors=[];const e=console.error;console.error=(...a)=>{window.__errors.push(a.map(String).join(' '));e.apply(console,a)}</script>`;

const frames: HTMLIFrameElement[] = [];

/** Opens `html` (its head and body content) in a fresh iframe and waits for its load event. */
export const openPage = (html: string): Promise<TestPage> =>
  openFrame({ srcdoc: `<!doctype html><html lang="fr"><head>${RECORD_ERRORS}${html}</body></html>` });

/** Opens a page the test server serves (a fixture, a page under a CSP header) in a fresh iframe. */
export const openUrl = (src: string): Promise<TestPage> => openFrame({ src }, 'width:1000px;height:700px');

async function openFrame(source: { srcdoc: string } | { src: string }, size = 'width:800px;height:600px'): Promise<TestPage> {
  const frame = Object.assign(document.createElement('iframe'), source);
  frame.style.cssText = size + ';border:0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  frames.push(frame);
  await loaded;
  const win = frame.contentWindow as TestPage['win'];
  return { frame, win, doc: win.document, errors: win.__errors ?? [] };
}

/** Reloads the page in `page.frame` and returns the new page. */
export async function reloadPage(page: TestPage): Promise<TestPage> {
  const loaded = new Promise((resolve) => page.frame.addEventListener('load', resolve, { once: true }));
  page.win.location.reload();
  await loaded;
  const win = page.frame.contentWindow as TestPage['win'];
  return { frame: page.frame, win, doc: win.document, errors: win.__errors };
}

/** The script-tag build with a config, as a site owner pastes it. */
export const scriptTag = (config: unknown, attributes = '') =>
  `<script>window.consentElementsConfig=${JSON.stringify(config)}</script>` +
  `<script src="/dist/consent-elements.js" ${attributes}></script>`;

/** Removes the test pages and every cookie of this origin. */
export function cleanUp(): void {
  for (const frame of frames.splice(0)) frame.remove();
  for (const cookie of document.cookie.split('; ')) {
    const name = cookie.split('=')[0];
    if (name) document.cookie = `${name}=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/`;
  }
}

export { until } from './wait.js';

/**
 * Resolves once Chromium reports cookie changes to `win`: it subscribes a page asynchronously
 * after its first Cookie Store `change` listener, so a write in the next few milliseconds can
 * go unreported. A real other tab decides long after it loaded; a test waits for this first.
 */
export async function cookieChangesReported(win: Window = window): Promise<void> {
  const cookies = (win as unknown as { cookieStore: EventTarget & { set(name: string, value: string): Promise<void> } }).cookieStore;
  // Each write is paced by the browser's answer to the one before, until a report comes.
  let heard = false;
  const listen = () => (heard = true);
  cookies.addEventListener('change', listen);
  for (let i = 0; !heard && i < 1000; i++) await cookies.set('sync_probe', String(i));
  cookies.removeEventListener('change', listen);
  win.document.cookie = 'sync_probe=; max-age=0; path=/';
}
