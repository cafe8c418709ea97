import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Norwegian Bokmål. */
const table: PlaceholderTable = {
  placeholder: {
    text: '{n} er blokkert: det krever samtykke til «{c}».',
    button: 'Tillat «{c}»',
    service: '{s} fra {p} er blokkert til du tillater det.',
    allowOnce: 'Tillat én gang',
    allowAlways: 'Tillat alltid',
    loads: 'Visningen laster inn innhold fra {p}, som kan lagre informasjonskapsler og samle inn data om surfingen din.',
    once: '«Tillat én gang»: bare for denne siden, ingenting lagres.',
  },
};
export default table;
