import type { BannerTable } from '../strings.js';

/** The banner in Finnish: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Evästevalintasi',
    description: 'Suostumuksellasi me ja kumppanimme käytämme evästeitä seuraaviin tarkoituksiin:',
    withdraw: 'Kieltäytyminen ei estä sivuston käyttöä, ja voit muuttaa valintaasi milloin tahansa.',
    policy: 'Tietosuojaseloste',
    gpc: 'Selaimesi lähettää Global Privacy Control -signaalin. Noudatamme sitä, joten nämä pysyvät hylättyinä, ellet itse ota niitä käyttöön:',
    changed: 'Tietosuojaselosteemme on muuttunut edellisen valintasi jälkeen: kerro meille uudelleen, mitä hyväksyt.',
    controller: 'Rekisterinpitäjä: ',
    accept: 'Hyväksy kaikki',
    reject: 'Hylkää kaikki',
    customize: 'Asetukset',
    close: 'Jatka hyväksymättä',
    saved: 'Valintasi on tallennettu.',
  },
  categories: {
    necessary: 'Välttämättömät',
    analytics: 'Tilastointi',
    marketing: 'Markkinointi',
    functional: 'Toiminnallisuus',
  },
};
export default table;
