import type { PageTable } from '../strings.js';

/** The reopen control and the embed placeholder in Catalan. */
const table: PageTable = {
  reopen: { label: 'Configuració de galetes' },
  placeholder: {
    text: '{n} està bloquejat: cal el vostre consentiment per a «{c}».',
    button: 'Permet «{c}»',
    service: '{s} de {p} està bloquejat fins que el permeteu.',
    allowOnce: 'Permet una vegada',
    allowAlways: 'Permet sempre',
  },
};
export default table;
