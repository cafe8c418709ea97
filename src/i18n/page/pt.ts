import type { PageTable } from '../strings.js';

/** The reopen control and the embed placeholder in Portuguese. */
const table: PageTable = {
  reopen: { label: 'Definições de cookies' },
  placeholder: {
    text: '{n} está bloqueado: precisa do seu consentimento para «{c}».',
    button: 'Permitir «{c}»',
    service: '{s} de {p} está bloqueado até o permitir.',
    allowOnce: 'Permitir uma vez',
    allowAlways: 'Permitir sempre',
  },
};
export default table;
