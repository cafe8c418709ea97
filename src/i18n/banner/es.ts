import type { BannerTable } from '../strings.js';

/** The banner in Spanish: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Sus opciones sobre cookies',
    description: 'Con su consentimiento, nosotros y nuestros socios usamos cookies para:',
    withdraw: 'Rechazarlas no le impide usar el sitio, y puede cambiar de opinión en cualquier momento.',
    policy: 'Política de privacidad',
    gpc: 'Su navegador envía la señal Global Privacy Control. La respetamos, así que estas siguen rechazadas salvo que usted las active:',
    changed: 'Nuestra política de privacidad ha cambiado desde su última elección: indíquenos de nuevo qué acepta.',
    controller: 'Responsable del tratamiento: ',
    accept: 'Aceptar todo',
    reject: 'Rechazar todo',
    customize: 'Configurar',
    close: 'Continuar sin aceptar',
    saved: 'Sus opciones se han guardado.',
  },
  categories: {
    necessary: 'Estrictamente necesarias',
    analytics: 'Analíticas',
    marketing: 'Publicidad',
    functional: 'Funcionalidad',
  },
};
export default table;
