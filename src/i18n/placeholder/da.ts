import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Danish. */
const table: PlaceholderTable = {
  placeholder: {
    text: '{n} er blokeret: det kræver dit samtykke til »{c}«.',
    button: 'Tillad »{c}«',
    service: '{s} fra {p} er blokeret, indtil du tillader det.',
    allowOnce: 'Tillad én gang',
    allowAlways: 'Tillad altid',
    loads: 'Visningen indlæser indhold fra {p}, som kan sætte cookies og indsamle data om din browsing.',
    once: '“Tillad én gang”: kun på denne side, intet gemmes.',
  },
};
export default table;
