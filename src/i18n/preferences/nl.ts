import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Dutch: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Cookie-instellingen',
    description: 'Schakel alleen in waarmee u instemt. Uw keuze wordt 13 maanden bewaard en u kunt die altijd wijzigen.',
    close: 'Sluiten zonder opslaan',
    accept: 'Alles accepteren',
    reject: 'Alles weigeren',
    save: 'Mijn keuzes opslaan',
    alwaysOn: 'Altijd actief',
    services: 'Diensten en cookies',
    provider: 'Aanbieder:',
    purpose: 'Doel:',
    lifetime: 'bewaartermijn:',
    location: 'Locatie van de gegevens:',
    privacy: 'Privacyverklaring',
    session: 'tot de browser wordt gesloten',
  },
  categories: {
    necessary: 'Nodig om de site te laten werken en uw keuzes te onthouden. Hiervoor is geen toestemming nodig.',
    analytics: 'Helpen ons begrijpen hoe de site wordt gebruikt, zodat we die kunnen verbeteren.',
    marketing: 'Laten ons en onze partners advertenties tonen die bij uw interesses passen en meten hoe goed ze werken.',
    functional: 'Schakelen functies van derden in, zoals video’s, kaarten of chat.',
  },
};
export default table;
