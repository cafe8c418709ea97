import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Portuguese. */
const table: PlaceholderTable = {
  placeholder: {
    text: '{n} está bloqueado: precisa do seu consentimento para «{c}».',
    button: 'Permitir «{c}»',
    service: '{s} de {p} está bloqueado até o permitir.',
    allowOnce: 'Permitir uma vez',
    allowAlways: 'Permitir sempre',
    loads: 'Mostrá-lo carrega conteúdo de {p}, que pode instalar cookies e recolher dados sobre a sua navegação.',
    once: '«Permitir uma vez»: só para esta página, nada é guardado.',
  },
};
export default table;
