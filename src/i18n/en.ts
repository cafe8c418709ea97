import type { Strings } from './strings.js';

/** English texts, written for this product. */
const en: Strings = {
  banner: {
    title: 'Your cookie choices',
    description: 'With your consent, we and our partners use cookies for:',
    withdraw: 'Refusing won’t stop you from using the site, and you can change your mind at any time.',
    policy: 'Privacy policy',
    gpc: 'Your browser sends the Global Privacy Control signal. We honour it, so these stay refused unless you switch them on yourself:',
    changed: 'Our privacy policy has changed since your last choice: please tell us again what you accept.',
    controller: 'Data controller: ',
    accept: 'Accept all',
    reject: 'Reject all',
    customize: 'Customise',
    close: 'Continue without accepting',
  },
  preferences: {
    title: 'Cookie settings',
    description:
      'Switch on only what you agree to. Your choice is kept for 13 months and you can change it whenever you like.',
    close: 'Close without saving',
    accept: 'Accept all',
    reject: 'Reject all',
    save: 'Save my choices',
    alwaysOn: 'Always on',
    services: 'Services and cookies',
    provider: 'Provider:',
    purpose: 'Purpose:',
    lifetime: 'lifetime:',
    location: 'Data stored in:',
    privacy: 'Privacy policy',
    session: 'until the browser closes',
  },
  categories: {
    necessary: [
      'Strictly necessary',
      'Needed for the site to work and to remember your choices. They don’t require your consent.',
    ],
    analytics: ['Analytics', 'Help us understand how the site is used, so we can improve it.'],
    marketing: [
      'Advertising',
      'Let us and our partners show ads that match your interests and measure how well they work.',
    ],
    functional: ['Functionality', 'Enable third-party features such as videos, maps or chat.'],
  },
};
export default en;
