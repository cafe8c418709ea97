import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Italian. */
const table: PlaceholderTable = {
  placeholder: {
    text: '{n} è bloccato: serve il tuo consenso per «{c}».',
    button: 'Consenti «{c}»',
    service: '{s} di {p} è bloccato finché non lo consenti.',
    allowOnce: 'Consenti una volta',
    allowAlways: 'Consenti sempre',
    loads: 'Mostrarlo carica contenuti di {p}, che può installare cookie e raccogliere dati sulla sua navigazione.',
    once: '«Consenti una volta»: solo per questa pagina, non viene salvato nulla.',
  },
};
export default table;
