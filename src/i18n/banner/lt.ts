import type { BannerTable } from '../strings.js';

/** The banner in Lithuanian: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Jūsų slapukų pasirinkimai',
    description: 'Jums sutikus, mes ir mūsų partneriai naudojame slapukus šiems tikslams:',
    withdraw: 'Atsisakę vis tiek galėsite naudotis svetaine, o savo sprendimą galite bet kada pakeisti.',
    policy: 'Privatumo politika',
    gpc: 'Jūsų naršyklė siunčia signalą Global Privacy Control. Jį gerbiame, todėl šie lieka atmesti, nebent juos įjungtumėte patys:',
    changed: 'Nuo paskutinio jūsų pasirinkimo mūsų privatumo politika pasikeitė: prašome dar kartą nurodyti, su kuo sutinkate.',
    controller: 'Duomenų valdytojas: ',
    accept: 'Priimti visus',
    reject: 'Atmesti visus',
    customize: 'Nustatymai',
    close: 'Tęsti nesutinkant',
    saved: 'Jūsų pasirinkimai išsaugoti.',
  },
  categories: {
    necessary: 'Būtinieji',
    analytics: 'Statistikos',
    marketing: 'Rinkodaros',
    functional: 'Funkciniai',
  },
};
export default table;
