import type { PageTable } from '../strings.js';

/** The reopen control and the embed placeholder in Galician. */
const table: PageTable = {
  reopen: { label: 'Configuración de cookies' },
  placeholder: {
    text: '{n} está bloqueado: precisa o teu consentimento para «{c}».',
    button: 'Permitir «{c}»',
    service: '{s} de {p} está bloqueado ata que o permitas.',
    allowOnce: 'Permitir unha vez',
    allowAlways: 'Permitir sempre',
    loads: 'Amosalo carga contido de {p}, que pode instalar cookies e recoller datos sobre a súa navegación.',
    once: '«Permitir unha vez»: só para esta páxina, non se garda nada.',
  },
};
export default table;
