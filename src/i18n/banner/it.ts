import type { BannerTable } from '../strings.js';

/** The banner in Italian: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Le tue scelte sui cookie',
    description: 'Con il tuo consenso, noi e i nostri partner usiamo i cookie per:',
    withdraw: 'Rifiutare non ti impedisce di usare il sito, e puoi cambiare idea in qualsiasi momento.',
    policy: 'Informativa sulla privacy',
    gpc: 'Il tuo browser invia il segnale Global Privacy Control. Lo rispettiamo: questi cookie restano rifiutati, a meno che non li attivi tu:',
    changed: 'La nostra informativa sulla privacy è cambiata dalla tua ultima scelta: indicaci di nuovo cosa accetti.',
    controller: 'Titolare del trattamento: ',
    accept: 'Accetta tutto',
    reject: 'Rifiuta tutto',
    customize: 'Personalizza',
    close: 'Continua senza accettare',
    saved: 'Le tue scelte sono state salvate.',
  },
  categories: {
    necessary: 'Strettamente necessari',
    analytics: 'Statistiche',
    marketing: 'Pubblicità',
    functional: 'Funzionalità',
  },
};
export default table;
