import type { PageTable } from '../strings.js';

/** The reopen control and the embed placeholder in Hungarian. */
const table: PageTable = {
  reopen: { label: 'Sütibeállítások' },
  placeholder: {
    text: '{n} le van tiltva: ehhez hozzájárulás szükséges a következőhöz: „{c}”.',
    button: '„{c}” engedélyezése',
    service: '{s} ({p}) le van tiltva, amíg nem engedélyezi.',
    allowOnce: 'Engedélyezés egyszer',
    allowAlways: 'Engedélyezés mindig',
    loads: 'A megjelenítés tartalmat tölt be innen: {p}, amely sütiket helyezhet el és adatokat gyűjthet a böngészéséről.',
    once: '„Engedélyezés egyszer”: csak erre az oldalra, semmit sem tárolunk.',
  },
};
export default table;
