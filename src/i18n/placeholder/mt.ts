import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Maltese. */
const table: PlaceholderTable = {
  placeholder: {
    text: '{n} huwa mblokkat: jeħtieġ il-kunsens tiegħek għal “{c}”.',
    button: 'Ippermetti “{c}”',
    service: '{s} ta’ {p} huwa mblokkat sakemm tippermettih.',
    allowOnce: 'Ippermetti darba',
    allowAlways: 'Dejjem ippermetti',
    loads: 'Il-wiri tiegħu jtella’ kontenut minn {p}, li jista’ jpoġġi cookies u jiġbor data dwar il-browsing tiegħek.',
    once: '“Ippermetti darba”: għal din il-paġna biss, xejn ma jinħażen.',
  },
};
export default table;
