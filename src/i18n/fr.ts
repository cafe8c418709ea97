import type { Strings } from './strings.js';

/** French texts, written for this product (CNIL wording: "Tout refuser", "Continuer sans accepter"). */
const fr: Strings = {
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
  },
  preferences: {
    title: 'Paramètres des cookies',
    description:
      'Activez uniquement ce que vous acceptez. Votre choix est conservé 13 mois et vous pouvez le modifier quand vous le souhaitez.',
    close: 'Fermer sans enregistrer',
    accept: 'Tout accepter',
    reject: 'Tout refuser',
    save: 'Enregistrer mes choix',
    alwaysOn: 'Toujours actifs',
    services: 'Services et cookies',
    provider: 'Fournisseur :',
    purpose: 'Finalité :',
    lifetime: 'durée :',
    location: 'Données stockées :',
    privacy: 'Politique de confidentialité',
    session: 'jusqu’à la fermeture du navigateur',
  },
  categories: {
    necessary: [
      'Strictement nécessaires',
      'Indispensables au fonctionnement du site et à la mémorisation de vos choix. Ils ne demandent pas votre accord.',
    ],
    analytics: ['Mesure d’audience', 'Nous aident à comprendre comment le site est utilisé, pour l’améliorer.'],
    marketing: [
      'Publicité',
      'Permettent, à nous et à nos partenaires, d’afficher des publicités adaptées à vos centres d’intérêt et d’en mesurer l’efficacité.',
    ],
    functional: ['Fonctionnalités', 'Activent des services tiers comme les vidéos, les cartes ou la messagerie.'],
  },
};
export default fr;
