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
  },
};
export default table;
