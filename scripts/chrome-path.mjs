import { Launcher } from 'chrome-launcher';

/**
 * The Chrome or Chromium to drive: the one chrome-launcher finds (it honours CHROME_PATH
 * first, then the usual install places), else CHROME_PATH, else Debian's /usr/bin/chromium.
 */
export function chromePath() {
  try {
    const found = Launcher.getFirstInstallation();
    if (found) return found;
  } catch {
    /* no installation found where chrome-launcher looks */
  }
  return process.env.CHROME_PATH || '/usr/bin/chromium';
}

/** Flags for a headless run on a machine without a GPU, sandbox or internet. */
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-sync',
];
