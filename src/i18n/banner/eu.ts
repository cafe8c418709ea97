import type { BannerTable } from '../strings.js';

/** The banner in Basque: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Zure cookie-aukerak',
    description: 'Zure baimenarekin, guk eta gure bazkideek cookieak erabiltzen ditugu honetarako:',
    withdraw: 'Ukatuta ere webgunea erabil dezakezu, eta zure erabakia edonoiz alda dezakezu.',
    policy: 'Pribatutasun-politika',
    gpc: 'Zure nabigatzaileak Global Privacy Control seinalea bidaltzen du. Errespetatu egiten dugu; beraz, hauek ukatuta geratzen dira zuk zeuk aktibatzen ez badituzu:',
    changed: 'Gure pribatutasun-politika aldatu egin da zure azken aukeraz geroztik: esan iezaguzu berriro zer onartzen duzun.',
    controller: 'Tratamenduaren arduraduna: ',
    accept: 'Onartu guztiak',
    reject: 'Ukatu guztiak',
    customize: 'Ezarpenak',
    close: 'Jarraitu onartu gabe',
    saved: 'Zure aukerak gorde dira.',
  },
  categories: {
    necessary: 'Guztiz beharrezkoak',
    analytics: 'Analitika',
    marketing: 'Publizitatea',
    functional: 'Funtzionaltasuna',
  },
};
export default table;
