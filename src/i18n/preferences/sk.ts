import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Slovak: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Nastavenia súborov cookie',
    description: 'Zapnite len to, s čím súhlasíte. Vaša voľba sa uchováva 13 mesiacov a môžete ju kedykoľvek zmeniť.',
    close: 'Zavrieť bez uloženia',
    accept: 'Prijať všetko',
    reject: 'Odmietnuť všetko',
    save: 'Uložiť moju voľbu',
    alwaysOn: 'Vždy aktívne',
    services: 'Služby a súbory cookie',
    provider: 'Poskytovateľ:',
    purpose: 'Účel:',
    lifetime: 'doba uchovávania:',
    location: 'Umiestnenie údajov:',
    privacy: 'Zásady ochrany osobných údajov',
    session: 'do zatvorenia prehliadača',
  },
  categories: {
    necessary: 'Potrebné na fungovanie stránky a zapamätanie vašej voľby. Nevyžadujú váš súhlas.',
    analytics: 'Pomáhajú nám pochopiť, ako sa stránka používa, aby sme ju mohli zlepšovať.',
    marketing: 'Umožňujú nám a našim partnerom zobrazovať reklamy podľa vašich záujmov a merať ich účinnosť.',
    functional: 'Zapínajú funkcie tretích strán, ako sú videá, mapy alebo chat.',
  },
};
export default table;
