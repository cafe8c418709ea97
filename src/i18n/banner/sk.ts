import type { BannerTable } from '../strings.js';

/** The banner in Slovak: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Vaša voľba súborov cookie',
    description: 'S vaším súhlasom používame my a naši partneri súbory cookie na:',
    withdraw: 'Odmietnutie vám nebráni používať stránku a svoju voľbu môžete kedykoľvek zmeniť.',
    policy: 'Zásady ochrany osobných údajov',
    gpc: 'Váš prehliadač posiela signál Global Privacy Control. Rešpektujeme ho, preto tieto zostávajú odmietnuté, kým ich sami nezapnete:',
    changed: 'Od vašej poslednej voľby sa naše zásady ochrany osobných údajov zmenili: povedzte nám, prosím, znova, s čím súhlasíte.',
    controller: 'Prevádzkovateľ: ',
    accept: 'Prijať všetko',
    reject: 'Odmietnuť všetko',
    customize: 'Nastavenia',
    close: 'Pokračovať bez súhlasu',
    saved: 'Vaša voľba bola uložená.',
  },
  categories: {
    necessary: 'Nevyhnutne potrebné',
    analytics: 'Analytické',
    marketing: 'Reklamné',
    functional: 'Funkčné',
  },
};
export default table;
