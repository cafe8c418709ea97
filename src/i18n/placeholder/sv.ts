import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Swedish. */
const table: PlaceholderTable = {
  placeholder: {
    text: '{n} är blockerad: den kräver ditt samtycke till ”{c}”.',
    button: 'Tillåt ”{c}”',
    service: '{s} från {p} är blockerad tills du tillåter den.',
    allowOnce: 'Tillåt en gång',
    allowAlways: 'Tillåt alltid',
    loads: 'Att visa det laddar innehåll från {p}, som kan sätta kakor och samla in uppgifter om din surfning.',
    once: '”Tillåt en gång”: bara för den här sidan, inget sparas.',
  },
};
export default table;
