import type { PageTable } from '../strings.js';

/** The reopen control and the embed placeholder in Croatian. */
const table: PageTable = {
  reopen: { label: 'Postavke kolačića' },
  placeholder: {
    text: '{n} je blokiran: potrebna je vaša privola za „{c}”.',
    button: 'Dopusti „{c}”',
    service: '{s} pružatelja {p} blokiran je dok to ne dopustite.',
    allowOnce: 'Dopusti jednom',
    allowAlways: 'Uvijek dopusti',
  },
};
export default table;
