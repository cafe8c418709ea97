import type { BannerTable } from '../strings.js';

/** The banner in Czech: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Vaše volba souborů cookie',
    description: 'S vaším souhlasem používáme my a naši partneři soubory cookie pro:',
    withdraw: 'Odmítnutí vám nebrání web používat a svou volbu můžete kdykoli změnit.',
    policy: 'Zásady ochrany osobních údajů',
    gpc: 'Váš prohlížeč posílá signál Global Privacy Control. Respektujeme ho, takže tyto zůstávají odmítnuté, dokud je sami nezapnete:',
    changed: 'Od vaší poslední volby se naše zásady ochrany osobních údajů změnily: sdělte nám prosím znovu, s čím souhlasíte.',
    controller: 'Správce: ',
    accept: 'Přijmout vše',
    reject: 'Odmítnout vše',
    customize: 'Nastavení',
    close: 'Pokračovat bez souhlasu',
    saved: 'Vaše volba byla uložena.',
  },
  categories: {
    necessary: 'Nezbytně nutné',
    analytics: 'Analytické',
    marketing: 'Reklamní',
    functional: 'Funkční',
  },
};
export default table;
