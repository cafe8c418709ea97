import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Finnish. */
const table: PlaceholderTable = {
  placeholder: {
    text: '{n} on estetty: se vaatii suostumuksesi kohtaan ”{c}”.',
    button: 'Salli ”{c}”',
    service: '{s} ({p}) on estetty, kunnes sallit sen.',
    allowOnce: 'Salli kerran',
    allowAlways: 'Salli aina',
    loads: 'Näyttäminen lataa sisältöä palvelusta {p}, joka voi tallentaa evästeitä ja kerätä tietoja selaamisestasi.',
    once: '”Salli kerran”: vain tällä sivulla, mitään ei tallenneta.',
  },
};
export default table;
