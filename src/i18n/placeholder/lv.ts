import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in Latvian. */
const table: PlaceholderTable = {
  placeholder: {
    text: '{n} ir bloķēts: vajadzīga jūsu piekrišana kategorijai “{c}”.',
    button: 'Atļaut “{c}”',
    service: '{s} ({p}) ir bloķēts, līdz jūs to atļausiet.',
    allowOnce: 'Atļaut vienreiz',
    allowAlways: 'Atļaut vienmēr',
    loads: 'Rādīšana ielādē saturu no {p}, kas var saglabāt sīkdatnes un vākt datus par jūsu pārlūkošanu.',
    once: '“Atļaut vienreiz”: tikai šai lapai, nekas netiek saglabāts.',
  },
};
export default table;
