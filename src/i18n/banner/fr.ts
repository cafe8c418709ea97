import type { BannerTable } from '../strings.js';

/** The banner in French: its texts and each category's short title. */
const table: BannerTable = {
  banner: {
    title: 'Vos choix en matière de cookies',
    description: 'Avec votre accord, nous et nos partenaires utilisons des cookies pour :',
    withdraw: 'Refuser ne vous empêche pas d’utiliser le site, et vous pourrez changer d’avis à tout moment.',
    policy: 'Politique de confidentialité',
    gpc: 'Votre navigateur envoie le signal Global Privacy Control. Nous le respectons : ces cookies restent refusés, sauf si vous les activez vous-même :',
    changed: 'Notre politique de confidentialité a changé depuis votre dernier choix : merci de nous redire ce que vous acceptez.',
    controller: 'Responsable du traitement : ',
    accept: 'Tout accepter',
    reject: 'Tout refuser',
    customize: 'Personnaliser',
    close: 'Continuer sans accepter',
    saved: 'Choix enregistrés',
  },
  categories: {
    necessary: 'Strictement nécessaires',
    analytics: 'Mesure d’audience',
    marketing: 'Publicité',
    functional: 'Fonctionnalités',
  },
};
export default table;
