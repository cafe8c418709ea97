import type { BannerTable } from '../strings.js';

/** The banner in Galician: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'As túas opcións de cookies',
    description: 'Co teu consentimento, nós e os nosos socios usamos cookies para:',
    withdraw: 'Rexeitalas non che impide usar o sitio, e podes cambiar de opinión en calquera momento.',
    policy: 'Política de privacidade',
    gpc: 'O teu navegador envía o sinal Global Privacy Control. Respectámolo, así que estas seguen rexeitadas salvo que ti as actives:',
    changed: 'A nosa política de privacidade cambiou desde a túa última elección: indícanos de novo que aceptas.',
    controller: 'Responsable do tratamento: ',
    accept: 'Aceptar todo',
    reject: 'Rexeitar todo',
    customize: 'Configurar',
    close: 'Continuar sen aceptar',
    saved: 'Gardáronse as túas opcións.',
  },
  categories: {
    necessary: 'Estritamente necesarias',
    analytics: 'Analíticas',
    marketing: 'Publicidade',
    functional: 'Funcionalidade',
  },
};
export default table;
