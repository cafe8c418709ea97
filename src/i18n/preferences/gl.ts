import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Galician: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Configuración de cookies',
    description: 'Activa só o que aceptes. A túa elección consérvase 13 meses e podes cambiala cando queiras.',
    close: 'Pechar sen gardar',
    accept: 'Aceptar todo',
    reject: 'Rexeitar todo',
    save: 'Gardar as miñas opcións',
    alwaysOn: 'Sempre activas',
    services: 'Servizos e cookies',
    provider: 'Provedor:',
    purpose: 'Finalidade:',
    lifetime: 'duración:',
    location: 'Localización dos datos:',
    privacy: 'Política de privacidade',
    session: 'ata que se pecha o navegador',
  },
  categories: {
    necessary: 'Imprescindibles para que o sitio funcione e para lembrar a túa elección. Non requiren o teu consentimento.',
    analytics: 'Axúdannos a entender como se usa o sitio, para melloralo.',
    marketing: 'Permítennos a nós e aos nosos socios mostrar anuncios acordes cos teus intereses e medir a súa eficacia.',
    functional: 'Activan funcións de terceiros como vídeos, mapas ou chat.',
  },
};
export default table;
