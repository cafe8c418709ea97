import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Basque. */
const table: PlaceholderTable = {
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
