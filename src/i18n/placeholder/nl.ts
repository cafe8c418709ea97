import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Dutch. */
const table: PlaceholderTable = {
  placeholder: {
    text: '{n} is geblokkeerd: hiervoor is uw toestemming voor ‘{c}’ nodig.',
    button: '‘{c}’ toestaan',
    service: '{s} van {p} is geblokkeerd tot u het toestaat.',
    allowOnce: 'Eén keer toestaan',
    allowAlways: 'Altijd toestaan',
    loads: 'Als u dit toont, wordt inhoud van {p} geladen, die cookies kan plaatsen en gegevens over uw surfgedrag kan verzamelen.',
    once: '‘Eenmalig toestaan’: alleen voor deze pagina, er wordt niets opgeslagen.',
  },
};
export default table;
