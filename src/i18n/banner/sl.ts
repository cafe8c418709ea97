import type { BannerTable } from '../strings.js';

/** The banner in Slovenian: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Vaša izbira piškotkov',
    description: 'Z vašo privolitvijo mi in naši partnerji uporabljamo piškotke za:',
    withdraw: 'Zavrnitev vam ne preprečuje uporabe spletnega mesta, svojo izbiro pa lahko kadar koli spremenite.',
    policy: 'Politika zasebnosti',
    gpc: 'Vaš brskalnik pošilja signal Global Privacy Control. Upoštevamo ga, zato ti ostanejo zavrnjeni, razen če jih sami vklopite:',
    changed: 'Naša politika zasebnosti se je od vaše zadnje izbire spremenila: prosimo, ponovno nam povejte, kaj sprejemate.',
    controller: 'Upravljavec: ',
    accept: 'Sprejmi vse',
    reject: 'Zavrni vse',
    customize: 'Nastavitve',
    close: 'Nadaljuj brez sprejetja',
    saved: 'Vaša izbira je shranjena.',
  },
  categories: {
    necessary: 'Nujno potrebni',
    analytics: 'Analitični',
    marketing: 'Oglaševalski',
    functional: 'Funkcionalni',
  },
};
export default table;
