import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Croatian: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Postavke kolačića',
    description: 'Uključite samo ono na što pristajete. Vaš se odabir čuva 13 mjeseci i možete ga promijeniti kad god želite.',
    close: 'Zatvori bez spremanja',
    accept: 'Prihvati sve',
    reject: 'Odbij sve',
    save: 'Spremi moj odabir',
    alwaysOn: 'Uvijek aktivni',
    services: 'Usluge i kolačići',
    provider: 'Pružatelj:',
    purpose: 'Svrha:',
    lifetime: 'trajanje:',
    location: 'Lokacija podataka:',
    privacy: 'Politika privatnosti',
    session: 'do zatvaranja preglednika',
  },
  categories: {
    necessary: 'Potrebni za rad stranice i pamćenje vašeg odabira. Za njih nije potrebna vaša privola.',
    analytics: 'Pomažu nam razumjeti kako se stranica koristi kako bismo je poboljšali.',
    marketing: 'Omogućuju nama i našim partnerima prikaz oglasa prema vašim interesima i mjerenje njihove učinkovitosti.',
    functional: 'Uključuju značajke trećih strana poput videozapisa, karata ili chata.',
  },
};
export default table;
