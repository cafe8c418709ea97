import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Catalan: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Configuració de galetes',
    description: 'Activeu només allò que accepteu. La vostra elecció es conserva 13 mesos i la podeu canviar quan vulgueu.',
    close: 'Tanca sense desar',
    accept: 'Accepta-ho tot',
    reject: 'Rebutja-ho tot',
    save: 'Desa les meves opcions',
    alwaysOn: 'Sempre actives',
    services: 'Serveis i galetes',
    provider: 'Proveïdor:',
    purpose: 'Finalitat:',
    lifetime: 'durada:',
    location: 'Ubicació de les dades:',
    privacy: 'Política de privadesa',
    session: 'fins que es tanca el navegador',
  },
  categories: {
    necessary: 'Imprescindibles perquè el lloc funcioni i per recordar la vostra elecció. No requereixen el vostre consentiment.',
    analytics: 'Ens ajuden a entendre com es fa servir el lloc, per millorar-lo.',
    marketing: 'Permeten que nosaltres i els nostres socis mostrem anuncis d’acord amb els vostres interessos i en mesurem l’eficàcia.',
    functional: 'Activen funcions de tercers com vídeos, mapes o xat.',
  },
};
export default table;
