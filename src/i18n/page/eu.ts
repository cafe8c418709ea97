import type { PageTable } from '../strings.js';

/** The reopen control and the embed placeholder in Basque. */
const table: PageTable = {
  reopen: { label: 'Cookie-ezarpenak' },
  placeholder: {
    text: '{n} blokeatuta dago: zure baimena behar du «{c}» kategoriarako.',
    button: 'Baimendu «{c}»',
    service: '{s} ({p}) blokeatuta dago baimentzen duzun arte.',
    allowOnce: 'Baimendu behin',
    allowAlways: 'Baimendu beti',
    loads: 'Erakusteak {p} hornitzailearen edukia kargatzen du, eta horrek cookieak jar eta zure nabigazioari buruzko datuak bil ditzake.',
    once: '«Baimendu behin»: orri honetarako soilik, ez da ezer gordetzen.',
  },
};
export default table;
