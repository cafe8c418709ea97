import type { BannerTable } from '../strings.js';

/** The banner in Croatian: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Vaš odabir kolačića',
    description: 'Uz vašu privolu mi i naši partneri upotrebljavamo kolačiće za:',
    withdraw: 'Odbijanje vas ne sprječava da koristite stranicu, a svoj odabir možete promijeniti u bilo kojem trenutku.',
    policy: 'Politika privatnosti',
    gpc: 'Vaš preglednik šalje signal Global Privacy Control. Poštujemo ga, pa ovi ostaju odbijeni osim ako ih sami ne uključite:',
    changed: 'Naša politika privatnosti promijenila se od vašeg posljednjeg odabira: recite nam ponovno što prihvaćate.',
    controller: 'Voditelj obrade: ',
    accept: 'Prihvati sve',
    reject: 'Odbij sve',
    customize: 'Postavke',
    close: 'Nastavi bez prihvaćanja',
    saved: 'Vaš je odabir spremljen.',
  },
  categories: {
    necessary: 'Nužni',
    analytics: 'Analitički',
    marketing: 'Oglašavanje',
    functional: 'Funkcionalni',
  },
};
export default table;
