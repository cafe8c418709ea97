import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Latvian: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Sīkdatņu iestatījumi',
    description: 'Ieslēdziet tikai to, kam piekrītat. Jūsu izvēle tiek glabāta 13 mēnešus, un to var mainīt jebkurā laikā.',
    close: 'Aizvērt, nesaglabājot',
    accept: 'Pieņemt visas',
    reject: 'Noraidīt visas',
    save: 'Saglabāt manu izvēli',
    alwaysOn: 'Vienmēr ieslēgtas',
    services: 'Pakalpojumi un sīkdatnes',
    provider: 'Nodrošinātājs:',
    purpose: 'Nolūks:',
    lifetime: 'derīgums:',
    location: 'Datu atrašanās vieta:',
    privacy: 'Privātuma politika',
    session: 'līdz pārlūka aizvēršanai',
  },
  categories: {
    necessary: 'Vajadzīgas vietnes darbībai un jūsu izvēles atcerēšanai. Tām nav vajadzīga jūsu piekrišana.',
    analytics: 'Palīdz mums saprast, kā vietne tiek izmantota, lai mēs to varētu uzlabot.',
    marketing: 'Ļauj mums un mūsu partneriem rādīt jūsu interesēm atbilstošas reklāmas un mērīt to efektivitāti.',
    functional: 'Ieslēdz trešo pušu funkcijas, piemēram, video, kartes vai tērzēšanu.',
  },
};
export default table;
