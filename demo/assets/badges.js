/*
 * Not a tag: the demo's own helper that draws the "… running" badges of the fake tags, so you
 * can see which tags ran. It listens to consent-change like any site code would: once a category
 * is withdrawn its cookies are gone, but a script that already ran keeps running until the page
 * reloads (or the config sets reloadOnWithdrawal), and the badge says so.
 */
(function () {
  var texts = {
    fr: { withdrawn: ' : accord retiré, cookies effacés ; le tag tourne jusqu’au prochain chargement.', analytics: "Mesure d'audience", ads: 'Publicité' },
    en: { withdrawn: ': consent withdrawn, cookies deleted; the tag runs until the next page load.', analytics: 'Analytics', ads: 'Advertising' },
  };
  var lang = function () { return document.documentElement.lang === 'en' ? 'en' : 'fr'; };
  var category = { analytics: 'analytics', ads: 'marketing' };

  window.fakeBadge = function (name, text) {
    var box = document.getElementById('fake-tag-badges');
    if (!box) {
      box = document.createElement('div');
      box.id = 'fake-tag-badges';
      box.setAttribute('aria-live', 'polite');
      document.body.append(box);
    }
    var badge = document.createElement('p');
    badge.className = 'fake-tag-badge fake-tag-' + name;
    badge.dataset.category = category[name];
    badge.dataset.name = name;
    badge.textContent = text[lang()];
    box.append(badge);
  };

  document.addEventListener('consent-change', function (event) {
    document.querySelectorAll('.fake-tag-badge').forEach(function (badge) {
      if (event.detail.categories[badge.dataset.category] === false && !badge.classList.contains('withdrawn')) {
        badge.classList.add('withdrawn');
        badge.textContent = texts[lang()][badge.dataset.name] + texts[lang()].withdrawn;
      }
    });
  });
})();
