import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Italian: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Impostazioni dei cookie',
    description: 'Attiva solo ciò che accetti. La tua scelta è conservata per 13 mesi e puoi modificarla quando vuoi.',
    close: 'Chiudi senza salvare',
    accept: 'Accetta tutto',
    reject: 'Rifiuta tutto',
    save: 'Salva le mie scelte',
    alwaysOn: 'Sempre attivi',
    services: 'Servizi e cookie',
    provider: 'Fornitore:',
    purpose: 'Finalità:',
    lifetime: 'durata:',
    location: 'Ubicazione dei dati:',
    privacy: 'Informativa sulla privacy',
    session: 'fino alla chiusura del browser',
  },
  categories: {
    necessary: 'Indispensabili al funzionamento del sito e a ricordare le tue scelte. Non richiedono il tuo consenso.',
    analytics: 'Ci aiutano a capire come viene usato il sito, per migliorarlo.',
    marketing: 'Consentono a noi e ai nostri partner di mostrare annunci in linea con i tuoi interessi e di misurarne l’efficacia.',
    functional: 'Attivano funzioni di terze parti come video, mappe o chat.',
  },
};
export default table;
