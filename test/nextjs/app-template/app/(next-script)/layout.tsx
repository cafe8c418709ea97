import Script from 'next/script';
import { Hydrated } from '../hydrated';

// The README's first Next.js set-up, as written there: next/script with `beforeInteractive`
// and the config file. (A second root layout: going from one to the other reloads the page.)
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body>
        {children}
        <footer>
          <a href="#" data-consent-open id="manage">Manage my cookies</a>
        </footer>
        <Script src="/consent-elements/consent-elements.js" data-config="/consent.json" strategy="beforeInteractive" />
        <Hydrated />
      </body>
    </html>
  );
}
