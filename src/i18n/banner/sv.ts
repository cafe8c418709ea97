import type { BannerTable } from '../strings.js';

/** The banner in Swedish: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Dina val för kakor',
    description: 'Med ditt samtycke använder vi och våra partner kakor för:',
    withdraw: 'Om du nekar kan du ändå använda webbplatsen, och du kan ändra dig när som helst.',
    policy: 'Integritetspolicy',
    gpc: 'Din webbläsare skickar signalen Global Privacy Control. Vi respekterar den, så dessa förblir nekade om du inte själv slår på dem:',
    changed: 'Vår integritetspolicy har ändrats sedan ditt senaste val: berätta gärna igen vad du godkänner.',
    controller: 'Personuppgiftsansvarig: ',
    accept: 'Godkänn alla',
    reject: 'Neka alla',
    customize: 'Inställningar',
    close: 'Fortsätt utan att godkänna',
    saved: 'Dina val har sparats.',
  },
  categories: {
    necessary: 'Nödvändiga',
    analytics: 'Statistik',
    marketing: 'Marknadsföring',
    functional: 'Funktioner',
  },
};
export default table;
