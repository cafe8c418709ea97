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
  },
};
export default table;
