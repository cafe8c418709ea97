import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Catalan. */
const table: PlaceholderTable = {
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
