import type { BannerTable } from '../strings.js';

/** The banner in Danish: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Dine valg om cookies',
    description: 'Med dit samtykke bruger vi og vores partnere cookies til:',
    withdraw: 'Du kan stadig bruge siden, hvis du afviser, og du kan altid ændre dit valg.',
    policy: 'Privatlivspolitik',
    gpc: 'Din browser sender signalet Global Privacy Control. Vi respekterer det, så disse forbliver afvist, medmindre du selv slår dem til:',
    changed: 'Vores privatlivspolitik er ændret siden dit sidste valg: fortæl os venligst igen, hvad du accepterer.',
    controller: 'Dataansvarlig: ',
    accept: 'Accepter alle',
    reject: 'Afvis alle',
    customize: 'Indstillinger',
    close: 'Fortsæt uden at acceptere',
    saved: 'Dine valg er gemt.',
  },
  categories: {
    necessary: 'Strengt nødvendige',
    analytics: 'Statistik',
    marketing: 'Markedsføring',
    functional: 'Funktionalitet',
  },
};
export default table;
