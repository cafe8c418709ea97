import type { BannerTable } from '../strings.js';

/** The banner in German: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Ihre Cookie-Auswahl',
    description: 'Mit Ihrer Einwilligung verwenden wir und unsere Partner Cookies für:',
    withdraw: 'Wenn Sie ablehnen, können Sie die Website trotzdem nutzen, und Sie können Ihre Entscheidung jederzeit ändern.',
    policy: 'Datenschutzerklärung',
    gpc: 'Ihr Browser sendet das Signal Global Privacy Control. Wir respektieren es, daher bleiben diese abgelehnt, solange Sie sie nicht selbst einschalten:',
    changed: 'Unsere Datenschutzerklärung hat sich seit Ihrer letzten Entscheidung geändert: Bitte teilen Sie uns erneut mit, was Sie akzeptieren.',
    controller: 'Verantwortlicher: ',
    accept: 'Alle akzeptieren',
    reject: 'Alle ablehnen',
    customize: 'Einstellungen',
    close: 'Weiter ohne Einwilligung',
    saved: 'Ihre Auswahl wurde gespeichert.',
  },
  categories: {
    necessary: 'Unbedingt erforderlich',
    analytics: 'Statistik',
    marketing: 'Werbung',
    functional: 'Funktionen',
  },
};
export default table;
