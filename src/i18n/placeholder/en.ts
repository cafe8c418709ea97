import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in English. */
const table: PlaceholderTable = {
  placeholder: {
    text: '{n} is blocked: it needs your consent for “{c}”.',
    button: 'Allow “{c}”',
    service: '{s} by {p} is blocked until you allow it.',
    allowOnce: 'Allow once',
    allowAlways: 'Always allow',
    loads: 'Showing it loads content from {p}, which may set cookies and collect data about your browsing.',
    once: '“Allow once”: for this page only, nothing is stored.',
  },
};
export default table;
