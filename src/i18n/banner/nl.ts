import type { BannerTable } from '../strings.js';

/** The banner in Dutch: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Uw cookiekeuzes',
    description: 'Met uw toestemming gebruiken wij en onze partners cookies voor:',
    withdraw: 'Weigeren belet u niet de site te gebruiken, en u kunt uw keuze op elk moment wijzigen.',
    policy: 'Privacyverklaring',
    gpc: 'Uw browser stuurt het Global Privacy Control-signaal. Wij respecteren dat: deze blijven geweigerd, tenzij u ze zelf inschakelt:',
    changed: 'Onze privacyverklaring is gewijzigd sinds uw laatste keuze: laat ons opnieuw weten wat u accepteert.',
    controller: 'Verwerkingsverantwoordelijke: ',
    accept: 'Alles accepteren',
    reject: 'Alles weigeren',
    customize: 'Instellingen',
    close: 'Doorgaan zonder te accepteren',
    saved: 'Uw keuzes zijn opgeslagen.',
  },
  categories: {
    necessary: 'Strikt noodzakelijk',
    analytics: 'Statistieken',
    marketing: 'Advertenties',
    functional: 'Functionaliteit',
  },
};
export default table;
