/*
 * Not a tag: the demo's own helper that draws the "… running" badges of the fake tags, so that
 * they show where each tag ran. Part of the page, needed by nothing consent-related.
 */
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
  badge.textContent = text[document.documentElement.lang === 'en' ? 'en' : 'fr'];
  box.append(badge);
};
