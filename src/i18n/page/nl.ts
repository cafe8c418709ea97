import type { PageTable } from '../strings.js';

/** The reopen control and the embed placeholder in Dutch. */
const table: PageTable = {
  reopen: { label: 'Cookie-instellingen' },
  placeholder: {
    text: '{n} is geblokkeerd: hiervoor is uw toestemming voor ‘{c}’ nodig.',
    button: '‘{c}’ toestaan',
    service: '{s} van {p} is geblokkeerd tot u het toestaat.',
    allowOnce: 'Eén keer toestaan',
    allowAlways: 'Altijd toestaan',
  },
};
export default table;
