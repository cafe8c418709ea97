/*
 * A stand-in for Google Analytics, served locally so the demo works offline. It does what the
 * real tag would do on a visitor's device — write its cookies, queue a page view — and shows a
 * badge so you can see that it runs only after "analytics" is granted.
 */
(function () {
  var id = Math.floor(Math.random() * 1e9) + '.' + Math.floor(Date.now() / 1000);
  var year = 60 * 60 * 24 * 395;
  document.cookie = '_ga=GA1.1.' + id + '; path=/; max-age=' + year + '; SameSite=Lax';
  document.cookie = '_ga_DEMO=GS1.1.' + Math.floor(Date.now() / 1000) + '.1.0; path=/; max-age=' + year + '; SameSite=Lax';
  window.dataLayer = window.dataLayer || [];
  window.dataLayer.push({ event: 'page_view', page_location: location.href, tag: 'fake-analytics' });
  window.fakeBadge('analytics', { fr: "Mesure d'audience active — cookie _ga écrit", en: 'Analytics running — _ga cookie written' });
})();
