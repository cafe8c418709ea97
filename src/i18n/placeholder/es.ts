import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Spanish. */
const table: PlaceholderTable = {
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
