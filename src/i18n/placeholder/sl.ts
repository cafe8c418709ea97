import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Slovenian. */
const table: PlaceholderTable = {
  placeholder: {
    text: '{n} je blokirano: potrebna je vaša privolitev za »{c}«.',
    button: 'Dovoli »{c}«',
    service: '{s} ponudnika {p} je blokirano, dokler tega ne dovolite.',
    allowOnce: 'Dovoli enkrat',
    allowAlways: 'Vedno dovoli',
    loads: 'Prikaz naloži vsebino ponudnika {p}, ki lahko shranjuje piškotke in zbira podatke o vašem brskanju.',
    once: '»Dovoli enkrat«: samo za to stran, nič se ne shrani.',
  },
};
export default table;
