import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Basque: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Cookie-ezarpenak',
    description: 'Aktibatu onartzen duzuna bakarrik. Zure aukera 13 hilabetez gordetzen da, eta nahi duzunean alda dezakezu.',
    close: 'Itxi gorde gabe',
    accept: 'Onartu guztiak',
    reject: 'Ukatu guztiak',
    save: 'Gorde nire aukerak',
    alwaysOn: 'Beti aktibo',
    services: 'Zerbitzuak eta cookieak',
    provider: 'Hornitzailea:',
    purpose: 'Helburua:',
    lifetime: 'iraupena:',
    location: 'Datuen kokapena:',
    privacy: 'Pribatutasun-politika',
    session: 'nabigatzailea itxi arte',
  },
  categories: {
    necessary: 'Webguneak funtziona dezan eta zure aukerak gogoratzeko behar dira. Ez dute zure baimenik behar.',
    analytics: 'Webgunea nola erabiltzen den ulertzen laguntzen digute, hobetu ahal izateko.',
    marketing: 'Zure interesekin bat datozen iragarkiak erakusteko eta haien eraginkortasuna neurtzeko aukera ematen digute guri eta gure bazkideei.',
    functional: 'Hirugarrenen funtzioak aktibatzen dituzte, hala nola bideoak, mapak edo txata.',
  },
};
export default table;
