import type { BannerTable } from '../strings.js';

/** The banner in Norwegian Bokmål: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Dine valg om informasjonskapsler',
    description: 'Med ditt samtykke bruker vi og våre partnere informasjonskapsler til:',
    withdraw: 'Du kan fortsatt bruke nettstedet hvis du avslår, og du kan ombestemme deg når som helst.',
    policy: 'Personvernerklæring',
    gpc: 'Nettleseren din sender signalet Global Privacy Control. Vi respekterer det, så disse forblir avslått med mindre du slår dem på selv:',
    changed: 'Personvernerklæringen vår er endret siden ditt forrige valg: fortell oss igjen hva du godtar.',
    controller: 'Behandlingsansvarlig: ',
    accept: 'Godta alle',
    reject: 'Avslå alle',
    customize: 'Innstillinger',
    close: 'Fortsett uten å godta',
    saved: 'Valgene dine er lagret.',
  },
  categories: {
    necessary: 'Strengt nødvendige',
    analytics: 'Statistikk',
    marketing: 'Markedsføring',
    functional: 'Funksjonalitet',
  },
};
export default table;
