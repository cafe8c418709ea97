import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Norwegian Bokmål: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Innstillinger for informasjonskapsler',
    description: 'Slå bare på det du samtykker til. Valget ditt lagres i 13 måneder, og du kan endre det når du vil.',
    close: 'Lukk uten å lagre',
    accept: 'Godta alle',
    reject: 'Avslå alle',
    save: 'Lagre valgene mine',
    alwaysOn: 'Alltid på',
    services: 'Tjenester og informasjonskapsler',
    provider: 'Leverandør:',
    purpose: 'Formål:',
    lifetime: 'varighet:',
    location: 'Lagringssted for data:',
    privacy: 'Personvernerklæring',
    session: 'til nettleseren lukkes',
  },
  categories: {
    necessary: 'Nødvendige for at nettstedet skal virke og for å huske valgene dine. De krever ikke samtykke.',
    analytics: 'Hjelper oss å forstå hvordan nettstedet brukes, slik at vi kan forbedre det.',
    marketing: 'Lar oss og partnerne våre vise annonser som passer interessene dine, og måle hvor godt de virker.',
    functional: 'Slår på funksjoner fra tredjeparter, som videoer, kart eller chat.',
  },
};
export default table;
