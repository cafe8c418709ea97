import type { BannerTable } from '../strings.js';

/** The banner in English: its texts and each category's short title. */
const table: BannerTable = {
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
    saved: 'Choices saved',
  },
  categories: {
    necessary: 'Strictly necessary',
    analytics: 'Analytics',
    marketing: 'Advertising',
    functional: 'Functionality',
  },
};
export default table;
