import type { PageTable } from '../strings.js';

/** The reopen control and the embed placeholder in Latvian. */
const table: PageTable = {
  reopen: { label: 'Sīkdatņu iestatījumi' },
  placeholder: {
    text: '{n} ir bloķēts: vajadzīga jūsu piekrišana kategorijai “{c}”.',
    button: 'Atļaut “{c}”',
    service: '{s} ({p}) ir bloķēts, līdz jūs to atļausiet.',
    allowOnce: 'Atļaut vienreiz',
    allowAlways: 'Atļaut vienmēr',
  },
};
export default table;
