import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Danish: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Cookieindstillinger',
    description: 'Slå kun det til, du accepterer. Dit valg gemmes i 13 måneder, og du kan ændre det, når du vil.',
    close: 'Luk uden at gemme',
    accept: 'Accepter alle',
    reject: 'Afvis alle',
    save: 'Gem mine valg',
    alwaysOn: 'Altid aktive',
    services: 'Tjenester og cookies',
    provider: 'Udbyder:',
    purpose: 'Formål:',
    lifetime: 'varighed:',
    location: 'Dataplacering:',
    privacy: 'Privatlivspolitik',
    session: 'indtil browseren lukkes',
  },
  categories: {
    necessary: 'Nødvendige for at siden virker og for at huske dine valg. De kræver ikke dit samtykke.',
    analytics: 'Hjælper os med at forstå, hvordan siden bruges, så vi kan forbedre den.',
    marketing: 'Lader os og vores partnere vise annoncer, der passer til dine interesser, og måle deres effekt.',
    functional: 'Slår funktioner fra tredjeparter til, fx videoer, kort eller chat.',
  },
};
export default table;
