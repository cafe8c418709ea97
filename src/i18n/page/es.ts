import type { PageTable } from '../strings.js';

/** The reopen control and the embed placeholder in Spanish. */
const table: PageTable = {
  reopen: { label: 'Configurar cookies' },
  placeholder: {
    text: '{n} está bloqueado: necesita su consentimiento para «{c}».',
    button: 'Permitir «{c}»',
    service: '{s} de {p} está bloqueado hasta que lo permita.',
    allowOnce: 'Permitir una vez',
    allowAlways: 'Permitir siempre',
    loads: 'Mostrarlo carga contenido de {p}, que puede instalar cookies y recoger datos sobre su navegación.',
    once: '«Permitir una vez»: solo para esta página, no se guarda nada.',
  },
};
export default table;
