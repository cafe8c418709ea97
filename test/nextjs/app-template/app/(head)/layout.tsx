import Link from 'next/link';
import config from '../../public/consent.json';
import { Hydrated } from '../hydrated';

// The README's "script in the layout's <head>" set-up: the config inline, then the library's
// classic script, so that it runs while the <head> is parsed, then the site's own tag (the place
// of a Tag Manager snippet), which React hydrates after the library's script.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <head>
        <script type="application/json" data-consent-config dangerouslySetInnerHTML={{ __html: JSON.stringify(config) }} />
        <script src="/consent-elements/consent-elements.js" />
        <script id="site-tag" dangerouslySetInnerHTML={{ __html: 'window.__siteTagRuns = (window.__siteTagRuns || 0) + 1;' }} />
      </head>
      <body>
        <nav>
          <Link href="/" id="link-home">Home</Link> <Link href="/settings" id="link-settings">Settings</Link>{' '}
          <Link href="/policy" id="link-policy">Policy</Link>
        </nav>
        {children}
        <footer>
          <a href="#" data-consent-open id="manage">Manage my cookies</a>
        </footer>
        <Hydrated />
      </body>
    </html>
  );
}
