import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Swedish: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Inställningar för kakor',
    description: 'Slå bara på det du samtycker till. Ditt val sparas i 13 månader och du kan ändra det när du vill.',
    close: 'Stäng utan att spara',
    accept: 'Godkänn alla',
    reject: 'Neka alla',
    save: 'Spara mina val',
    alwaysOn: 'Alltid på',
    services: 'Tjänster och kakor',
    provider: 'Leverantör:',
    purpose: 'Ändamål:',
    lifetime: 'lagringstid:',
    location: 'Var uppgifterna lagras:',
    privacy: 'Integritetspolicy',
    session: 'tills webbläsaren stängs',
  },
  categories: {
    necessary: 'Behövs för att webbplatsen ska fungera och för att komma ihåg dina val. De kräver inte ditt samtycke.',
    analytics: 'Hjälper oss att förstå hur webbplatsen används så att vi kan förbättra den.',
    marketing: 'Låter oss och våra partner visa annonser som passar dina intressen och mäta hur väl de fungerar.',
    functional: 'Aktiverar funktioner från tredje part, som videor, kartor eller chatt.',
  },
};
export default table;
