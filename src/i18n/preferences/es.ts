import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Spanish: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Configuración de cookies',
    description: 'Active solo lo que acepte. Su elección se conserva 13 meses y puede cambiarla cuando quiera.',
    close: 'Cerrar sin guardar',
    accept: 'Aceptar todo',
    reject: 'Rechazar todo',
    save: 'Guardar mis opciones',
    alwaysOn: 'Siempre activas',
    services: 'Servicios y cookies',
    provider: 'Proveedor:',
    purpose: 'Finalidad:',
    lifetime: 'duración:',
    location: 'Ubicación de los datos:',
    privacy: 'Política de privacidad',
    session: 'hasta que se cierra el navegador',
  },
  categories: {
    necessary: 'Imprescindibles para que el sitio funcione y para recordar su elección. No requieren su consentimiento.',
    analytics: 'Nos ayudan a entender cómo se usa el sitio para mejorarlo.',
    marketing: 'Permiten que nosotros y nuestros socios mostremos anuncios acordes con sus intereses y midamos su eficacia.',
    functional: 'Activan funciones de terceros como vídeos, mapas o chat.',
  },
};
export default table;
