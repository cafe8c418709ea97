import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Portuguese: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Definições de cookies',
    description: 'Ative apenas o que aceita. A sua escolha é guardada durante 13 meses e pode alterá-la quando quiser.',
    close: 'Fechar sem guardar',
    accept: 'Aceitar tudo',
    reject: 'Rejeitar tudo',
    save: 'Guardar as minhas escolhas',
    alwaysOn: 'Sempre ativos',
    services: 'Serviços e cookies',
    provider: 'Fornecedor:',
    purpose: 'Finalidade:',
    lifetime: 'duração:',
    location: 'Localização dos dados:',
    privacy: 'Política de privacidade',
    session: 'até fechar o navegador',
  },
  categories: {
    necessary: 'Indispensáveis para o funcionamento do site e para memorizar as suas escolhas. Não precisam do seu consentimento.',
    analytics: 'Ajudam-nos a perceber como o site é usado, para o melhorar.',
    marketing: 'Permitem-nos, a nós e aos nossos parceiros, mostrar anúncios adequados aos seus interesses e medir a sua eficácia.',
    functional: 'Ativam funcionalidades de terceiros, como vídeos, mapas ou chat.',
  },
};
export default table;
