import type { PageTable } from '../strings.js';

/** The reopen control and the embed placeholder in German. */
const table: PageTable = {
  reopen: { label: 'Cookie-Einstellungen' },
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
