import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Irish: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Socruithe fianán',
    description: 'Cas air an méid a n-aontaíonn tú leis amháin. Coinnítear do rogha ar feadh 13 mhí agus is féidir leat í a athrú uair ar bith.',
    close: 'Dún gan sábháil',
    accept: 'Glac le gach ceann',
    reject: 'Diúltaigh do gach ceann',
    save: 'Sábháil mo roghanna',
    alwaysOn: 'Ar siúl i gcónaí',
    services: 'Seirbhísí agus fianáin',
    provider: 'Soláthraí:',
    purpose: 'Cuspóir:',
    lifetime: 'ré:',
    location: 'Suíomh na sonraí:',
    privacy: 'Beartas príobháideachais',
    session: 'go dtí go ndúntar an brabhsálaí',
  },
  categories: {
    necessary: 'Riachtanach chun go n-oibreoidh an suíomh agus chun do roghanna a mheabhrú. Ní theastaíonn do thoiliú uathu.',
    analytics: 'Cabhraíonn siad linn a thuiscint conas a úsáidtear an suíomh, ionas gur féidir linn é a fheabhsú.',
    marketing: 'Ligeann siad dúinn féin agus dár gcomhpháirtithe fógraí a thaispeáint a oireann do do spéiseanna agus a n-éifeacht a thomhas.',
    functional: 'Cuireann siad gnéithe tríú páirtí ar siúl, amhail físeáin, léarscáileanna nó comhrá.',
  },
};
export default table;
