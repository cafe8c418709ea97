import type { BannerTable } from '../strings.js';

/** The banner in Catalan: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Les vostres opcions de galetes',
    description: 'Amb el vostre consentiment, nosaltres i els nostres socis fem servir galetes per a:',
    withdraw: 'Rebutjar-les no us impedeix fer servir el lloc, i podeu canviar d’opinió en qualsevol moment.',
    policy: 'Política de privadesa',
    gpc: 'El vostre navegador envia el senyal Global Privacy Control. El respectem: aquestes continuen rebutjades tret que les activeu vosaltres:',
    changed: 'La nostra política de privadesa ha canviat des de la vostra darrera elecció: indiqueu-nos de nou què accepteu.',
    controller: 'Responsable del tractament: ',
    accept: 'Accepta-ho tot',
    reject: 'Rebutja-ho tot',
    customize: 'Configura',
    close: 'Continua sense acceptar',
    saved: 'S’han desat les vostres opcions.',
  },
  categories: {
    necessary: 'Estrictament necessàries',
    analytics: 'Analítiques',
    marketing: 'Publicitat',
    functional: 'Funcionalitat',
  },
};
export default table;
