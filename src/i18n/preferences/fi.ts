import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Finnish: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Evästeasetukset',
    description: 'Ota käyttöön vain se, mihin suostut. Valintasi säilytetään 13 kuukautta, ja voit muuttaa sitä milloin haluat.',
    close: 'Sulje tallentamatta',
    accept: 'Hyväksy kaikki',
    reject: 'Hylkää kaikki',
    save: 'Tallenna valintani',
    alwaysOn: 'Aina käytössä',
    services: 'Palvelut ja evästeet',
    provider: 'Palveluntarjoaja:',
    purpose: 'Käyttötarkoitus:',
    lifetime: 'voimassaolo:',
    location: 'Tietojen sijainti:',
    privacy: 'Tietosuojaseloste',
    session: 'kunnes selain suljetaan',
  },
  categories: {
    necessary: 'Tarvitaan sivuston toimintaan ja valintojesi muistamiseen. Ne eivät vaadi suostumustasi.',
    analytics: 'Auttavat meitä ymmärtämään, miten sivustoa käytetään, jotta voimme parantaa sitä.',
    marketing: 'Antavat meidän ja kumppaniemme näyttää kiinnostuksen kohteitasi vastaavia mainoksia ja mitata niiden tehoa.',
    functional: 'Ottavat käyttöön kolmansien osapuolten toimintoja, kuten videoita, karttoja tai chatin.',
  },
};
export default table;
