import type { BannerTable } from '../strings.js';

/** The banner in Irish: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Do roghanna fianán',
    description: 'Le do thoiliú, úsáidimidne agus ár gcomhpháirtithe fianáin chun na gcríoch seo:',
    withdraw: 'Ní chuireann diúltú cosc ort an suíomh a úsáid, agus is féidir leat d’intinn a athrú am ar bith.',
    policy: 'Beartas príobháideachais',
    gpc: 'Seolann do bhrabhsálaí an comhartha Global Privacy Control. Tugaimid aird air, mar sin fanann siad seo diúltaithe mura gcasann tú féin air iad:',
    changed: 'Tá ár mbeartas príobháideachais athraithe ó rinne tú do rogha dheireanach: inis dúinn arís cad a ghlacann tú leis.',
    controller: 'Rialaitheoir: ',
    accept: 'Glac le gach ceann',
    reject: 'Diúltaigh do gach ceann',
    customize: 'Socruithe',
    close: 'Lean ar aghaidh gan glacadh',
    saved: 'Sábháladh do roghanna.',
  },
  categories: {
    necessary: 'Fíorriachtanach',
    analytics: 'Anailísíocht',
    marketing: 'Fógraíocht',
    functional: 'Feidhmiúlacht',
  },
};
export default table;
