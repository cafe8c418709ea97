import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in French: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Paramètres des cookies',
    description: 'Activez uniquement ce que vous acceptez. Votre choix est conservé 13 mois et vous pouvez le modifier quand vous le souhaitez.',
    close: 'Fermer sans enregistrer',
    accept: 'Tout accepter',
    reject: 'Tout refuser',
    save: 'Enregistrer mes choix',
    alwaysOn: 'Toujours actifs',
    services: 'Services et cookies',
    provider: 'Fournisseur :',
    purpose: 'Finalité :',
    lifetime: 'durée :',
    location: 'Localisation des données :',
    privacy: 'Politique de confidentialité',
    session: 'jusqu’à la fermeture du navigateur',
  },
  categories: {
    necessary: 'Indispensables au fonctionnement du site et à la mémorisation de vos choix. Ils ne demandent pas votre accord.',
    analytics: 'Nous aident à comprendre comment le site est utilisé, pour l’améliorer.',
    marketing: 'Permettent, à nous et à nos partenaires, d’afficher des publicités adaptées à vos centres d’intérêt et d’en mesurer l’efficacité.',
    functional: 'Activent des services tiers comme les vidéos, les cartes ou la messagerie.',
  },
};
export default table;
