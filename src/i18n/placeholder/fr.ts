import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in French. */
const table: PlaceholderTable = {
  placeholder: {
    text: '{n} est bloqué : il faut votre accord pour « {c} ».',
    button: 'Autoriser « {c} »',
    service: '{s} de {p} est bloqué tant que vous ne l’autorisez pas.',
    allowOnce: 'Autoriser une fois',
    allowAlways: 'Toujours autoriser',
    loads: 'L’afficher charge du contenu de {p}, qui peut déposer des cookies et recueillir des données sur votre navigation.',
    once: '« Autoriser une fois » : pour cette page seulement, rien n’est enregistré.',
  },
};
export default table;
