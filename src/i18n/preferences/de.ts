import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in German: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Cookie-Einstellungen',
    description: 'Aktivieren Sie nur, was Sie erlauben möchten. Ihre Auswahl wird 13 Monate gespeichert und kann jederzeit geändert werden.',
    close: 'Schließen ohne zu speichern',
    accept: 'Alle akzeptieren',
    reject: 'Alle ablehnen',
    save: 'Auswahl speichern',
    alwaysOn: 'Immer aktiv',
    services: 'Dienste und Cookies',
    provider: 'Anbieter:',
    purpose: 'Zweck:',
    lifetime: 'Speicherdauer:',
    location: 'Speicherort der Daten:',
    privacy: 'Datenschutzerklärung',
    session: 'bis zum Schließen des Browsers',
  },
  categories: {
    necessary: 'Für den Betrieb der Website und das Speichern Ihrer Auswahl nötig. Sie erfordern keine Einwilligung.',
    analytics: 'Helfen uns zu verstehen, wie die Website genutzt wird, damit wir sie verbessern können.',
    marketing: 'Ermöglichen uns und unseren Partnern, Werbung passend zu Ihren Interessen anzuzeigen und ihre Wirkung zu messen.',
    functional: 'Aktivieren Funktionen von Drittanbietern wie Videos, Karten oder Chat.',
  },
};
export default table;
