import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where Chrome and Chromium usually live, most likely first. */
export function usualChromePaths(platform = process.platform, env = process.env): string[] {
  if (platform == 'darwin')
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome Canary.app/Contents/MacOS/Google Chrome Canary',
    ];
  if (platform == 'win32')
    return [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA]
      .filter((dir): dir is string => !!dir)
      .flatMap((dir) => [join(dir, 'Google', 'Chrome', 'Application', 'chrome.exe'), join(dir, 'Chromium', 'Application', 'chrome.exe')]);
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/snap/bin/chromium',
  ];
}

/**
 * The browser to drive: `CHROME_PATH` when set (and then only it: a wrong path is an error,
 * not a reason to pick another browser), else the first usual place that exists.
 */
export function findChrome(env = process.env, candidates = usualChromePaths(process.platform, env), exists = existsSync):
  | { path: string }
  | { error: string } {
  if (env.CHROME_PATH)
    return exists(env.CHROME_PATH) ? { path: env.CHROME_PATH } : { error: `CHROME_PATH is ${env.CHROME_PATH}, which does not exist.` };
  const path = candidates.find((candidate) => exists(candidate));
  return path
    ? { path }
    : {
        error:
          'No Chrome or Chromium found (looked in ' +
          candidates.join(', ') +
          '). Install one (Debian/Ubuntu: apt-get install chromium) or set CHROME_PATH to its executable.',
      };
}
