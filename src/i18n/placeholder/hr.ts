import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Croatian. */
const table: PlaceholderTable = {
  placeholder: {
    text: '{n} je blokiran: potrebna je vaša privola za „{c}”.',
    button: 'Dopusti „{c}”',
    service: '{s} pružatelja {p} blokiran je dok to ne dopustite.',
    allowOnce: 'Dopusti jednom',
    allowAlways: 'Uvijek dopusti',
    loads: 'Prikaz učitava sadržaj od {p}, koji može postaviti kolačiće i prikupljati podatke o vašem pregledavanju.',
    once: '„Dopusti jednom”: samo za ovu stranicu, ništa se ne sprema.',
  },
};
export default table;
