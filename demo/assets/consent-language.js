/**
 * The demo's language switcher for the consent layers (`?consent-lang=de`): every built-in
 * language, Ukrainian given by the config alone, and Arabic (right to left, config alone).
 * Loaded after agency-config.js and before consent-elements.js, it sets the config's
 * `language`; for a language the agency wrote no category texts in, the usual categories
 * keep the built-in titles and descriptions of that language.
 */
(() => {
  const BUILT_IN = 'bg cs da de el en es et fi fr ga hr hu it lt lv mt nl pl pt ro sk sl sv ca eu gl nb is'.split(' ');
  const CONFIG_ONLY = {
    uk: {
      banner: {
        title: 'Ваш вибір щодо файлів cookie',
        description: 'З вашої згоди ми та наші партнери використовуємо файли cookie для:',
        withdraw: 'Відмова не заважає користуватися сайтом, а свій вибір можна змінити будь-коли.',
        accept: 'Прийняти все',
        reject: 'Відхилити все',
        customize: 'Налаштування',
        close: 'Продовжити без згоди',
      },
    },
    ar: {
      banner: {
        title: 'اختياراتك بشأن ملفات تعريف الارتباط',
        description: 'بموافقتك، نستخدم نحن وشركاؤنا ملفات تعريف الارتباط من أجل:',
        accept: 'قبول الكل',
        reject: 'رفض الكل',
        customize: 'الإعدادات',
        close: 'المتابعة دون قبول',
      },
    },
  };
  const config = window.consentElementsConfig;
  const lang = new URLSearchParams(location.search).get('consent-lang');
  if (!config || !lang || !(BUILT_IN.includes(lang) || lang in CONFIG_ONLY)) return;
  config.language = lang;
  if (CONFIG_ONLY[lang]) config.texts = { ...config.texts, [lang]: CONFIG_ONLY[lang] };
  for (const [name, category] of Object.entries(config.categories ?? {}))
    if (['necessary', 'analytics', 'marketing', 'functional'].includes(name) && typeof category.label == 'object' && !(lang in category.label)) {
      delete category.label;
      delete category.description;
    }
  // The switcher keeps the choice on the links of the page.
  addEventListener('DOMContentLoaded', () => {
    for (const link of document.querySelectorAll('a[href^="/"]')) {
      const url = new URL(link.href);
      url.searchParams.set('consent-lang', lang);
      link.href = url.pathname + url.search + url.hash;
    }
  });
})();

// The switcher shows the language in use and applies a new one at once.
addEventListener('DOMContentLoaded', () => {
  const select = document.querySelector('select[name="consent-lang"]');
  if (!select) return;
  select.value = new URLSearchParams(location.search).get('consent-lang') ?? '';
  select.addEventListener('change', () => select.form.requestSubmit());
});
