import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Irish. */
const table: PlaceholderTable = {
  placeholder: {
    text: 'Tá {n} blocáilte: teastaíonn do thoiliú le haghaidh “{c}”.',
    button: 'Ceadaigh “{c}”',
    service: 'Tá {s} ó {p} blocáilte go dtí go gceadaíonn tú é.',
    allowOnce: 'Ceadaigh uair amháin',
    allowAlways: 'Ceadaigh i gcónaí',
    loads: 'Nuair a thaispeántar é, lódáiltear ábhar ó {p}, a d’fhéadfadh fianáin a shocrú agus sonraí faoi do bhrabhsáil a bhailiú.',
    once: '“Ceadaigh uair amháin”: don leathanach seo amháin, ní stóráiltear aon rud.',
  },
};
export default table;
