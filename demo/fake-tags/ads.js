/*
 * A stand-in for an advertising tag (Google Ads / LinkedIn), served locally. It writes its
 * cookie, records a conversion in the dataLayer, fills the page's ad slots and shows a badge.
 */
(function () {
  document.cookie = '_gcl_au=1.1.' + Math.floor(Math.random() * 1e9) + '.' + Math.floor(Date.now() / 1000) + '; path=/; max-age=7776000; SameSite=Lax';
  window.dataLayer = window.dataLayer || [];
  window.dataLayer.push({ event: 'conversion_linker', tag: 'fake-ads' });
  var en = document.documentElement.lang === 'en';
  document.querySelectorAll('[data-fake-ad]').forEach(function (slot) {
    slot.classList.add('ad-filled');
    slot.textContent = en ? 'Ad — Your next website, designed in Nantes. (fake advertising tag)' : 'Publicité — Votre prochain site, conçu à Nantes. (faux tag publicitaire)';
  });
  window.fakeBadge('ads', { fr: 'Publicité active — cookie _gcl_au écrit', en: 'Advertising running — _gcl_au cookie written' });
})();
