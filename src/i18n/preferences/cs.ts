import type { PreferencesTable } from '../strings.js';

/** The preferences dialog in Czech: its texts and each category's description. */
const table: PreferencesTable = {
  preferences: {
    title: 'Nastavení souborů cookie',
    description: 'Zapněte jen to, s čím souhlasíte. Vaše volba se uchovává 13 měsíců a můžete ji kdykoli změnit.',
    close: 'Zavřít bez uložení',
    accept: 'Přijmout vše',
    reject: 'Odmítnout vše',
    save: 'Uložit moji volbu',
    alwaysOn: 'Vždy aktivní',
    services: 'Služby a soubory cookie',
    provider: 'Poskytovatel:',
    purpose: 'Účel:',
    lifetime: 'doba uložení:',
    location: 'Umístění dat:',
    privacy: 'Zásady ochrany osobních údajů',
    session: 'do zavření prohlížeče',
  },
  categories: {
    necessary: 'Nutné pro fungování webu a zapamatování vaší volby. Nevyžadují váš souhlas.',
    analytics: 'Pomáhají nám pochopit, jak se web používá, abychom ho mohli zlepšovat.',
    marketing: 'Umožňují nám a našim partnerům zobrazovat reklamy podle vašich zájmů a měřit jejich účinnost.',
    functional: 'Zapínají funkce třetích stran, jako jsou videa, mapy nebo chat.',
  },
};
export default table;
