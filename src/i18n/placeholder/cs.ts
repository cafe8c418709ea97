import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Czech. */
const table: PlaceholderTable = {
  placeholder: {
    text: '{n} je zablokováno: vyžaduje váš souhlas pro „{c}“.',
    button: 'Povolit „{c}“',
    service: '{s} od {p} je zablokováno, dokud to nepovolíte.',
    allowOnce: 'Povolit jednou',
    allowAlways: 'Vždy povolit',
    loads: 'Zobrazení načte obsah od {p}, který může ukládat soubory cookie a shromažďovat údaje o vašem prohlížení.',
    once: '„Povolit jednou“: jen pro tuto stránku, nic se neukládá.',
  },
};
export default table;
