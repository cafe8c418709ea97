/**
 * The demo site's config: Studio Brume, a fictional web agency in Nantes (every name, number
 * and address here is made up). One object drives the banner, the preferences, Consent Mode,
 * and the privacy-policy page with its cookie table.
 *
 * A classic script: load it before consent-elements.js (`<script src="agency-config.js">`),
 * or import it for its side effect; either way it sets `window.consentElementsConfig`.
 * Services declare no `scripts` here, so nothing is fetched from the network: a page that
 * wants to show injection adds its own local ones.
 */
window.consentElementsConfig = {
  revision: 2,
  language: 'auto',
  cookie: { name: 'brume_consent', path: '/', sameSite: 'Lax' },
  categories: {
    necessary: {
      label: { fr: 'Strictement nécessaires', en: 'Strictly necessary' },
      description: {
        fr: 'Indispensables au fonctionnement du site et à sa sécurité ; ils ne peuvent pas être désactivés.',
        en: 'Needed for the site to work and stay secure; they cannot be switched off.',
      },
      services: [
        {
          name: 'WordPress',
          provider: 'Studio Brume SAS',
          purpose: { fr: 'Session des formulaires et protection anti-spam', en: 'Form session and spam protection' },
          cookies: [{ name: 'wp_form_token', lifetime: { fr: 'Session', en: 'Session' } }],
        },
      ],
    },
    analytics: {
      label: { fr: "Mesure d'audience", en: 'Audience measurement' },
      description: {
        fr: 'Nous aident à savoir quelles pages sont lues, pour améliorer le site.',
        en: 'Help us see which pages are read, so we can improve the site.',
      },
      // Catalogue presets: provider, purposes, cookies and lifetimes, data location and privacy
      // link come from catalogue/services/google-analytics.json, in every built-in language.
      services: ['google-analytics'],
    },
    marketing: {
      label: { fr: 'Publicité', en: 'Advertising' },
      description: {
        fr: 'Mesurent nos campagnes et nous permettent de vous montrer nos annonces sur d’autres sites.',
        en: 'Measure our campaigns and let us show you our ads on other sites.',
      },
      services: ['google-ads', 'linkedin-insight'],
    },
    functional: {
      label: { fr: 'Fonctionnels', en: 'Functional' },
      description: {
        fr: 'Le chat et la prise de rendez-vous en ligne.',
        en: 'The chat and online appointment booking.',
      },
      services: [
        'crisp',
        {
          name: 'Cal.com',
          provider: 'Cal.com, Inc.',
          purpose: { fr: 'Réservation d’un rendez-vous', en: 'Booking an appointment' },
          location: { fr: 'UE / États-Unis', en: 'EU / United States' },
          localStorage: ['cal-*'],
        },
      ],
    },
  },
  consentMode: { mode: 'basic', waitForUpdate: 500, adsDataRedaction: true },
  gpc: true,
  // The consent-records server that `npm start` mounts beside the pages keeps every decision
  // (see its dashboard at /consent-records/dashboard, with the token printed at start).
  proofOfConsent: { endpoint: '/consent-records/consent' },
  privacyPolicy: {
    url: '/confidentialite.html',
    version: '2.1',
    intro: {
      fr: "Cette page explique quelles données personnelles Studio Brume recueille sur studio-brume.example, pourquoi, combien de temps, et comment vous gardez la main dessus, conformément au RGPD et à la loi Informatique et Libertés.",
      en: 'This page explains which personal data Studio Brume collects on studio-brume.example, why, for how long, and how you stay in control of it, under the GDPR and the French Data Protection Act.',
    },
    summary: [
      {
        title: { fr: 'Ce que nous recueillons', en: 'What we collect' },
        items: [
          { fr: 'Vos coordonnées quand vous nous écrivez', en: 'Your contact details when you write to us' },
          { fr: 'Le numéro SIREN de votre entreprise pour un devis', en: "Your company's SIREN number for a quote" },
          { fr: 'Des statistiques de visite, si vous les acceptez', en: 'Visit statistics, if you accept them' },
        ],
      },
      {
        title: { fr: 'Avec qui', en: 'With whom' },
        items: [
          { fr: 'Quelques prestataires techniques, sous contrat', en: 'A few technical providers, under contract' },
          { fr: 'Jamais vendues', en: 'Never sold' },
        ],
      },
      {
        title: { fr: 'Vos droits', en: 'Your rights' },
        items: [
          { fr: 'Accès, rectification, effacement, opposition…', en: 'Access, rectification, erasure, objection…' },
          { fr: 'Une adresse : vie-privee@studio-brume.example', en: 'One address: vie-privee@studio-brume.example' },
        ],
      },
    ],
    controller: {
      name: 'Studio Brume SAS',
      registration: { fr: 'SAS au capital de 5 000 €, RCS Nantes 900 000 001 (fictif)', en: 'SAS with €5,000 capital, RCS Nantes 900 000 001 (fictitious)' },
      representative: { fr: 'Léa Garnier, présidente', en: 'Léa Garnier, president' },
      address: '3 rue des Brumes, 44000 Nantes, France',
      email: 'vie-privee@studio-brume.example',
      phone: '+33 2 00 00 00 00',
      url: 'https://studio-brume.example',
    },
    // No data protection officer: the policy says so (standard sentence).
    dpo: false,
    purposes: [
      {
        source: { fr: 'Formulaire de contact', en: 'Contact form' },
        data: { fr: 'Nom, e-mail, téléphone, message', en: 'Name, email, phone, message' },
        purpose: { fr: 'Répondre à votre message', en: 'Answering your message' },
        legalBasis: 'legitimate-interest',
        legitimateInterest: { fr: 'Répondre aux personnes qui nous écrivent', en: 'Answering the people who write to us' },
      },
      {
        source: { fr: 'Demande de devis', en: 'Quote request' },
        data: { fr: 'SIREN, raison sociale, e-mail, téléphone, description du projet', en: 'SIREN, company name, email, phone, project description' },
        purpose: { fr: 'Préparer et envoyer un devis', en: 'Preparing and sending a quote' },
        legalBasis: 'pre-contract',
      },
      {
        source: { fr: 'Projets clients', en: 'Client projects' },
        data: { fr: 'Données du contrat et de facturation', en: 'Contract and billing data' },
        purpose: { fr: 'Mener le projet, facturer', en: 'Running the project, invoicing' },
        legalBasis: 'contract',
      },
      {
        source: { fr: 'Chat', en: 'Chat' },
        data: { fr: 'Messages, date et heure', en: 'Messages, date and time' },
        purpose: { fr: 'Vous conseiller en direct', en: 'Advising you live' },
        legalBasis: 'legitimate-interest',
        legitimateInterest: { fr: 'Conseiller les visiteurs qui nous sollicitent', en: 'Advising the visitors who ask us' },
      },
      {
        source: { fr: 'Prise de rendez-vous', en: 'Appointment booking' },
        data: { fr: 'Nom, e-mail, créneau choisi', en: 'Name, email, chosen slot' },
        purpose: { fr: 'Organiser un premier échange', en: 'Arranging a first call' },
        legalBasis: 'pre-contract',
      },
      {
        source: { fr: "Mesure d'audience", en: 'Audience measurement' },
        data: { fr: 'Identifiant pseudonyme, pages vues, type d’appareil', en: 'Pseudonymous id, pages viewed, device type' },
        purpose: { fr: 'Comprendre l’usage du site', en: 'Understanding how the site is used' },
        legalBasis: 'consent',
      },
      {
        source: { fr: 'Publicité', en: 'Advertising' },
        data: { fr: 'Identifiant publicitaire, conversions', en: 'Advertising id, conversions' },
        purpose: { fr: 'Reciblage et mesure des campagnes', en: 'Remarketing and campaign measurement' },
        legalBasis: 'consent',
      },
      {
        source: { fr: 'Journaux du serveur', en: 'Server logs' },
        data: { fr: 'Adresse IP, navigateur, horodatage', en: 'IP address, browser, timestamps' },
        purpose: { fr: 'Sécurité, détection des incidents', en: 'Security, incident detection' },
        legalBasis: 'legitimate-interest',
        legitimateInterest: { fr: 'Protéger le site et ses visiteurs contre les attaques', en: 'Protecting the site and its visitors against attacks' },
      },
    ],
    mandatory: true,
    sensitiveData: false,
    retention: [
      {
        data: { fr: 'Prospects (messages, devis)', en: 'Prospects (messages, quotes)' },
        duration: { fr: '3 ans', en: '3 years' },
        justification: { fr: 'À compter du dernier échange', en: 'From the last exchange' },
      },
      {
        data: { fr: 'Factures', en: 'Invoices' },
        duration: { fr: '10 ans', en: '10 years' },
        justification: { fr: 'Obligation comptable (Code de commerce)', en: 'Accounting duty (French Commercial Code)' },
      },
      {
        data: { fr: 'Contrats', en: 'Contracts' },
        duration: { fr: '5 ans', en: '5 years' },
        justification: { fr: 'Après la fin de la relation (prescription)', en: 'After the relationship ends (limitation period)' },
      },
      {
        data: { fr: 'Cookies de mesure et de publicité', en: 'Measurement and advertising cookies' },
        duration: { fr: '13 mois au plus', en: '13 months at most' },
        justification: { fr: 'Recommandation de la CNIL', en: 'CNIL recommendation' },
      },
      {
        data: { fr: 'Statistiques de visite', en: 'Visit statistics' },
        duration: { fr: '25 mois', en: '25 months' },
        justification: { fr: 'Recommandation de la CNIL', en: 'CNIL recommendation' },
      },
      {
        data: { fr: 'Journaux de sécurité', en: 'Security logs' },
        duration: { fr: '1 an', en: '1 year' },
        justification: { fr: 'Enquêter sur un incident', en: 'Investigating an incident' },
      },
    ],
    recipients: {
      internal: [{ fr: 'Léa Garnier, présidente, responsable des traitements', en: 'Léa Garnier, president, in charge of processing' }, { fr: "Les deux chefs de projet, pour les dossiers qu'ils suivent", en: 'The two project managers, for the projects they run' }],
      processors: [
        { name: 'Vercel Inc.', purpose: { fr: 'Hébergement du site', en: 'Site hosting' }, location: { fr: 'États-Unis', en: 'United States' }, safeguard: { fr: 'CCT', en: 'SCCs' }, url: 'https://vercel.com/legal/privacy-policy' },
        { name: 'OVHcloud', purpose: { fr: 'Hébergement des sites WordPress clients', en: "Hosting clients' WordPress sites" }, location: 'France' },
        { name: 'Brevo', purpose: { fr: 'E-mails transactionnels', en: 'Transactional email' }, location: 'France' },
        { name: 'API Recherche d’entreprises', purpose: { fr: 'Vérification du numéro SIREN', en: 'Checking SIREN numbers' }, location: 'France' },
        { name: 'Cal.com, Inc.', purpose: { fr: 'Prise de rendez-vous', en: 'Appointment booking' }, location: { fr: 'UE / États-Unis', en: 'EU / United States' }, safeguard: { fr: 'CCT', en: 'SCCs' } },
        { name: 'Crisp IM SAS', purpose: { fr: 'Chat', en: 'Chat' }, location: 'France' },
        { name: 'Google LLC', purpose: { fr: 'Mesure d’audience et publicité (avec votre accord)', en: 'Analytics and ads (with your consent)' }, location: { fr: 'États-Unis', en: 'United States' }, safeguard: 'Data Privacy Framework', url: 'https://policies.google.com/privacy' },
      ],
      authorities: {
        fr: 'Sur réquisition, les autorités habilitées (administration fiscale, juridictions) peuvent recevoir certaines données.',
        en: 'On a lawful request, the competent authorities (tax administration, courts) may receive some data.',
      },
      noSale: true,
    },
    transfers: {
      description: {
        fr: 'Quelques prestataires sont établis aux États-Unis. Ces transferts reposent sur les garanties du chapitre V du RGPD.',
        en: 'A few providers are based in the United States. These transfers rely on the safeguards of chapter V of the GDPR.',
      },
      safeguards: [
        {
          name: 'EU-US Data Privacy Framework',
          description: { fr: "Décision d'adéquation de la Commission européenne du 10 juillet 2023, pour les entreprises certifiées.", en: 'The European Commission adequacy decision of 10 July 2023, for certified companies.' },
          link: { label: { fr: 'Liste des entreprises certifiées', en: 'List of certified companies' }, url: 'https://www.dataprivacyframework.gov/list' },
        },
        {
          name: { fr: 'Clauses contractuelles types (CCT)', en: 'Standard contractual clauses (SCCs)' },
          description: { fr: 'Clauses adoptées par la Commission européenne, signées avec chaque prestataire concerné.', en: 'Clauses adopted by the European Commission, signed with each provider concerned.' },
        },
      ],
      measures: [
        { fr: 'Chiffrement en transit (TLS 1.3)', en: 'Encryption in transit (TLS 1.3)' },
        { fr: 'Identifiants pseudonymisés', en: 'Pseudonymised identifiers' },
        { fr: 'Accès limité au strict nécessaire', en: 'Access limited to what is strictly needed' },
      ],
    },
    rights: { list: ['access', 'rectification', 'erasure', 'restriction', 'objection', 'portability', 'post-mortem'], identityProof: true },
    authority: {
      name: { fr: 'la Commission nationale de l’informatique et des libertés (CNIL)', en: 'the French data protection authority (CNIL)' },
      address: '3 place de Fontenoy, TSA 80715, 75334 Paris Cedex 07',
      url: 'https://www.cnil.fr/fr/plaintes',
    },
    advertising: {
      description: {
        fr: 'Nous faisons connaître nos services par des annonces en ligne. Voici comment cela fonctionne et comment le refuser.',
        en: 'We promote our services with online ads. Here is how it works and how to say no.',
      },
      notice: {
        fr: 'Si vous l’acceptez, ce site utilise le reciblage : après votre visite, nos annonces peuvent vous être montrées sur d’autres sites.',
        en: 'If you accept it, this site uses remarketing: after your visit, our ads may be shown to you on other sites.',
      },
      providers: {
        fr: 'Google et LinkedIn affichent nos annonces sur d’autres sites à partir des visites faites ici, uniquement avec votre accord.',
        en: 'Google and LinkedIn show our ads on other sites based on visits made here, only with your consent.',
      },
      uses: [
        { fr: 'Montrer des annonces en rapport avec vos centres d’intérêt', en: 'Showing ads related to your interests' },
        { fr: 'Éviter de vous montrer trop souvent la même annonce', en: 'Not showing you the same ad too often' },
        { fr: 'Mesurer les résultats de nos campagnes', en: 'Measuring how our campaigns perform' },
      ],
      optOut: [
        { label: { fr: 'Paramètres des annonces Google', en: 'Google ad settings' }, url: 'https://adssettings.google.com' },
        { label: 'Network Advertising Initiative', url: 'https://optout.networkadvertising.org' },
        { label: 'Your Online Choices (EDAA)', url: 'https://www.youronlinechoices.com' },
      ],
    },
    analytics: {
      description: {
        fr: 'Nous utilisons Google Analytics 4, seulement si vous l’acceptez, avec les réglages suivants :',
        en: 'We use Google Analytics 4, only if you accept it, with the following settings:',
      },
      measures: [
        { fr: 'Adresses IP non conservées', en: 'IP addresses not stored' },
        { fr: 'Données d’événements gardées 14 mois au plus', en: 'Event data kept 14 months at most' },
        { fr: 'Aucun partage avec les autres produits Google', en: 'No sharing with other Google products' },
      ],
      optOut: [{ label: { fr: 'Module de désactivation de Google Analytics', en: 'Google Analytics opt-out add-on' }, url: 'https://tools.google.com/dlpage/gaoptout' }],
    },
    // No automated decision with legal effects; remarketing is profiling, said with the standard text.
    automated: {
      profiling: true,
      logic: {
        fr: 'Google Ads et LinkedIn associent les pages que vous consultez ici à un identifiant publicitaire, pour former des audiences de visiteurs intéressés par nos services.',
        en: 'Google Ads and LinkedIn link the pages you view here to an advertising identifier, to build audiences of visitors interested in our services.',
      },
      consequences: {
        fr: 'Vous pouvez voir nos annonces sur d’autres sites ; rien d’autre ne change pour vous, et refuser les cookies publicitaires y met fin.',
        en: 'You may see our ads on other sites; nothing else changes for you, and refusing advertising cookies ends it.',
      },
    },
    security: {
      description: {
        fr: 'Nous appliquons des mesures adaptées aux risques (RGPD, article 32).',
        en: 'We apply measures suited to the risks (GDPR, article 32).',
      },
      technical: [
        { fr: 'HTTPS partout (TLS 1.3)', en: 'HTTPS everywhere (TLS 1.3)' },
        { fr: 'Hébergement certifié SOC 2 Type II', en: 'SOC 2 Type II certified hosting' },
        { fr: 'Mots de passe hachés, double authentification', en: 'Hashed passwords, two-factor authentication' },
        { fr: 'Sauvegardes chiffrées et mises à jour régulières', en: 'Encrypted backups and regular updates' },
      ],
      organisational: [
        { fr: 'Accès limité aux personnes qui en ont besoin', en: 'Access limited to the people who need it' },
        { fr: 'Clauses de confidentialité avec chaque prestataire', en: 'Confidentiality clauses with each provider' },
        { fr: 'Procédure écrite de gestion des incidents', en: 'A written incident procedure' },
      ],
    },
    breach: true,
    changes: {
      fr: 'Cette politique suit l’évolution de la loi et de nos pratiques. En cas de changement important, le bandeau cookies vous redemande votre choix, et nos clients sont prévenus par e-mail.',
      en: 'This policy follows changes in the law and in our practices. After an important change, the cookie banner asks for your choice again, and our clients are told by email.',
    },
    history: [
      { version: '2.1', date: '2026-03-02', changes: { fr: 'Ajout du chat et de la prise de rendez-vous', en: 'Chat and appointment booking added' } },
      { version: '2.0', date: '2025-11-14', changes: { fr: 'Refonte, Google Consent Mode v2, reciblage', en: 'Rewrite, Google Consent Mode v2, remarketing' } },
      { version: '1.0', date: '2024-02-01', changes: { fr: 'Première version', en: 'First version' } },
    ],
  },
};
