/*
 * The developers page: shows the store, the events, the dataLayer and the cookies as they change.
 * It uses only the public API (window.consentElements, document events), as a site's code would.
 */
(function () {
  var store = window.consentElements;
  var $ = function (id) { return document.getElementById(id); };
  var time = function () { return new Date().toLocaleTimeString(document.documentElement.lang, { hour12: false }) + '.' + String(Date.now() % 1000).padStart(3, '0'); };

  function showState() {
    if (!store) return ($('state').textContent = 'window.consentElements is missing: is consent-elements.js loaded?');
    $('state').textContent = JSON.stringify(
      {
        categories: store.getAll(),
        decided: store.decided,
        consentId: store.consentId,
        timestamp: store.timestamp,
        expires: store.expires,
        revision: store.revision,
      },
      null,
      2,
    );
  }

  function logEvent(type, detail, note) {
    var item = document.createElement('li');
    var head = document.createElement('strong');
    head.textContent = time() + ' ' + type + (note ? ' ' + note : '');
    var body = document.createElement('pre');
    body.textContent = JSON.stringify(detail, null, 2);
    item.append(head, body);
    $('events').prepend(item);
  }

  // The library is deferred (the fastest install): it starts once the page is parsed, after this
  // script, and announces the stored decision with consent-ready. A synchronous install has
  // started before: the store is already there.
  function ready() {
    store = window.consentElements;
    if (store) logEvent('consent-ready', { categories: store.getAll(), decided: store.decided, consentId: store.consentId }, '(page start)');
    showState();
  }
  if (store) ready();
  else document.addEventListener('consent-ready', ready, { once: true });
  document.addEventListener('consent-change', function (event) {
    logEvent('consent-change', event.detail);
    showState();
  });

  /** gtag() pushes `arguments` objects; show them the way they were called. */
  function describe(entry) {
    if (entry && typeof entry == 'object' && !Array.isArray(entry) && typeof entry.length == 'number' && !('event' in entry))
      return 'gtag(' + Array.prototype.map.call(entry, function (a) { return JSON.stringify(a); }).join(', ') + ')';
    return JSON.stringify(entry);
  }
  var shown = 0;
  function showDataLayer() {
    var layer = window.dataLayer || [];
    for (; shown < layer.length; shown++) {
      var item = document.createElement('li');
      var code = document.createElement('code');
      code.textContent = describe(layer[shown]);
      item.append(code);
      $('datalayer').append(item);
    }
  }
  var lastCookies;
  function showCookies() {
    var cookies = document.cookie.split('; ').filter(Boolean).join('\n') || '(none)';
    if (cookies !== lastCookies) $('cookies').textContent = lastCookies = cookies;
  }

  document.querySelector('.actions').addEventListener('click', function (event) {
    var button = event.target.closest('[data-call]');
    if (button && store) store[button.dataset.call]();
    showState();
  });

  showState();
  showDataLayer();
  showCookies();
  setInterval(function () { showDataLayer(); showCookies(); }, 250);
})();
