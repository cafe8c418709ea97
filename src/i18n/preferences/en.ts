import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in English: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Cookie settings',
    description: 'Switch on only what you agree to. Your choice is kept for 13 months and you can change it whenever you like.',
    close: 'Close without saving',
    accept: 'Accept all',
    reject: 'Reject all',
    save: 'Save my choices',
    alwaysOn: 'Always on',
    services: 'Services and cookies',
    provider: 'Provider:',
    purpose: 'Purpose:',
    lifetime: 'lifetime:',
    location: 'Data location:',
    privacy: 'Privacy policy',
    session: 'until the browser closes',
  },
  categories: {
    necessary: 'Needed for the site to work and to remember your choices. They don’t require your consent.',
    analytics: 'Help us understand how the site is used, so we can improve it.',
    marketing: 'Let us and our partners show ads that match your interests and measure how well they work.',
    functional: 'Enable third-party features such as videos, maps or chat.',
  },
};
export default table;
