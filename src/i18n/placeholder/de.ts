import type { PlaceholderTable } from '../strings.js';

/** The texts of a blocked embed's placeholder in German. */
const table: PlaceholderTable = {
  placeholder: {
    text: '{n} ist blockiert: Dafür ist Ihre Einwilligung für „{c}“ nötig.',
    button: '„{c}“ erlauben',
    service: '{s} von {p} ist blockiert, bis Sie es erlauben.',
    allowOnce: 'Einmal erlauben',
    allowAlways: 'Immer erlauben',
    loads: 'Beim Anzeigen werden Inhalte von {p} geladen, die Cookies setzen und Daten über Ihr Surfverhalten erheben können.',
    once: '„Einmal erlauben“: nur für diese Seite, nichts wird gespeichert.',
  },
};
export default table;
