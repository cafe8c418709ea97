import type { BannerTable } from '../strings.js';

/** The banner in Maltese: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'L-għażliet tiegħek dwar il-cookies',
    description: 'Bil-kunsens tiegħek, aħna u s-sħab tagħna nużaw il-cookies għal:',
    withdraw: 'Jekk tirrifjuta xorta tista’ tuża s-sit, u tista’ tibdel fehmtek meta trid.',
    policy: 'Politika tal-privatezza',
    gpc: 'Il-brawżer tiegħek jibgħat is-sinjal Global Privacy Control. Aħna nirrispettawh, għalhekk dawn jibqgħu rrifjutati sakemm ma tixgħelhomx int:',
    changed: 'Il-politika tal-privatezza tagħna nbidlet mill-aħħar għażla tiegħek: jekk jogħġbok erġa’ għidilna x’taċċetta.',
    controller: 'Kontrollur: ',
    accept: 'Aċċetta kollox',
    reject: 'Irrifjuta kollox',
    customize: 'Issettja',
    close: 'Kompli mingħajr ma taċċetta',
    saved: 'L-għażliet tiegħek ġew salvati.',
  },
  categories: {
    necessary: 'Strettament meħtieġa',
    analytics: 'Analitika',
    marketing: 'Reklamar',
    functional: 'Funzjonalità',
  },
};
export default table;
