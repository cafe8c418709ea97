import type { PageTable } from '../strings.js';

/** The reopen control and the embed placeholder in Danish. */
const table: PageTable = {
  reopen: { label: 'Cookieindstillinger' },
  placeholder: {
    text: '{n} er blokeret: det kræver dit samtykke til »{c}«.',
    button: 'Tillad »{c}«',
    service: '{s} fra {p} er blokeret, indtil du tillader det.',
    allowOnce: 'Tillad én gang',
    allowAlways: 'Tillad altid',
    loads: 'Visningen indlæser indhold fra {p}, som kan sætte cookies og indsamle data om din browsing.',
    once: '“Tillad én gang”: kun på denne side, intet gemmes.',
  },
};
export default table;
