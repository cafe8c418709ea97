import type { PageTable } from '../strings.js';

/** The reopen control and the embed placeholder in Romanian. */
const table: PageTable = {
  reopen: { label: 'Setări cookie-uri' },
  placeholder: {
    text: '{n} este blocat: necesită consimțământul dvs. pentru „{c}”.',
    button: 'Permite „{c}”',
    service: '{s} de la {p} este blocat până când îl permiteți.',
    allowOnce: 'Permite o dată',
    allowAlways: 'Permite mereu',
  },
};
export default table;
