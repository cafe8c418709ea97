import type { PageTable } from '../strings.js';

/** The reopen control and the embed placeholder in Slovak. */
const table: PageTable = {
  reopen: { label: 'Nastavenia cookies' },
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
