import type { PageTable } from '../strings.js';

/** The reopen control and the embed placeholder in French. */
const table: PageTable = {
  reopen: { label: 'Gérer mes cookies' },
  placeholder: {
    text: '{n} est bloqué : il faut votre accord pour « {c} ».',
    button: 'Autoriser « {c} »',
    service: '{s} de {p} est bloqué tant que vous ne l’autorisez pas.',
    allowOnce: 'Autoriser une fois',
    allowAlways: 'Toujours autoriser',
  },
};
export default table;
