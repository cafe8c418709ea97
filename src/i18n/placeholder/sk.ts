import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Slovak. */
const table: PlaceholderTable = {
  placeholder: {
    text: '{n} je zablokované: vyžaduje váš súhlas pre „{c}“.',
    button: 'Povoliť „{c}“',
    service: '{s} od {p} je zablokované, kým to nepovolíte.',
    allowOnce: 'Povoliť raz',
    allowAlways: 'Vždy povoliť',
    loads: 'Zobrazenie načíta obsah od {p}, ktorý môže ukladať súbory cookie a zhromažďovať údaje o vašom prehliadaní.',
    once: '„Povoliť raz“: len pre túto stránku, nič sa neukladá.',
  },
};
export default table;
