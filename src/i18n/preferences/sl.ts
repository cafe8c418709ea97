import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Slovenian: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Nastavitve piškotkov',
    description: 'Vklopite le tisto, s čimer se strinjate. Vaša izbira se hrani 13 mesecev in jo lahko kadar koli spremenite.',
    close: 'Zapri brez shranjevanja',
    accept: 'Sprejmi vse',
    reject: 'Zavrni vse',
    save: 'Shrani mojo izbiro',
    alwaysOn: 'Vedno aktivni',
    services: 'Storitve in piškotki',
    provider: 'Ponudnik:',
    purpose: 'Namen:',
    lifetime: 'trajanje:',
    location: 'Lokacija podatkov:',
    privacy: 'Politika zasebnosti',
    session: 'do zaprtja brskalnika',
  },
  categories: {
    necessary: 'Potrebni za delovanje spletnega mesta in shranjevanje vaše izbire. Ne zahtevajo vaše privolitve.',
    analytics: 'Pomagajo nam razumeti, kako se spletno mesto uporablja, da ga lahko izboljšamo.',
    marketing: 'Nam in našim partnerjem omogočajo prikaz oglasov glede na vaše interese in merjenje njihove učinkovitosti.',
    functional: 'Vklopijo funkcije tretjih oseb, kot so videoposnetki, zemljevidi ali klepet.',
  },
};
export default table;
