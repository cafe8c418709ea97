import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Galician. */
const table: PlaceholderTable = {
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
