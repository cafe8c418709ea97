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
    loads: 'Mostrar-ho carrega contingut de {p}, que pot instal·lar galetes i recollir dades sobre la vostra navegació.',
    once: '«Permet una vegada»: només per a aquesta pàgina, no es desa res.',
  },
};
export default table;
