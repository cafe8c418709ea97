import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Romanian. */
const table: PlaceholderTable = {
  placeholder: {
    text: '{n} este blocat: necesită consimțământul dvs. pentru „{c}”.',
    button: 'Permite „{c}”',
    service: '{s} de la {p} este blocat până când îl permiteți.',
    allowOnce: 'Permite o dată',
    allowAlways: 'Permite mereu',
    loads: 'Afișarea încarcă conținut de la {p}, care poate plasa cookie-uri și colecta date despre navigarea dumneavoastră.',
    once: '„Permite o dată”: doar pentru această pagină, nu se salvează nimic.',
  },
};
export default table;
