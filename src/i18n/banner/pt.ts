import type { BannerTable } from '../strings.js';

/** The banner in Portuguese: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Escolhas de cookies',
    description: 'Com o seu consentimento, nós e os nossos parceiros usamos cookies para:',
    withdraw: 'Recusar não o impede de usar o site, e pode mudar de ideias a qualquer momento.',
    policy: 'Política de privacidade',
    gpc: 'O seu navegador envia o sinal Global Privacy Control. Respeitamo-lo, por isso estes cookies continuam recusados, a menos que os ative:',
    changed: 'A nossa política de privacidade mudou desde a sua última escolha: indique-nos de novo o que aceita.',
    controller: 'Responsável pelo tratamento: ',
    accept: 'Aceitar tudo',
    reject: 'Rejeitar tudo',
    customize: 'Personalizar',
    close: 'Continuar sem aceitar',
    saved: 'As suas escolhas foram guardadas.',
  },
  categories: {
    necessary: 'Estritamente necessários',
    analytics: 'Estatísticas',
    marketing: 'Publicidade',
    functional: 'Funcionalidades',
  },
};
export default table;
