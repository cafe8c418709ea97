import type { PageTable } from '../strings.js';

/** The reopen control and the embed placeholder in Italian. */
const table: PageTable = {
  reopen: { label: 'Impostazioni cookie' },
  placeholder: {
    text: '{n} è bloccato: serve il tuo consenso per «{c}».',
    button: 'Consenti «{c}»',
    service: '{s} di {p} è bloccato finché non lo consenti.',
    allowOnce: 'Consenti una volta',
    allowAlways: 'Consenti sempre',
  },
};
export default table;
