/**
 * Every config the validator accepts must read its decision back on the next page (bug: a
 * `revision` that is a timestamp, or many categories, were accepted and never read back, so
 * the banner showed on every page). Property-style: generated valid configs (fixed seeds) →
 * decide → a new store on the same real cookies → the same decision. Then one real reload of
 * the script-tag build (`npx rollup -c` first).
 */
import { expect } from '@open-wc/testing';
import { MAX_CATEGORIES, normalizeConfig } from '../../src/core/config.js';
import { ConsentStore } from '../../src/core/consent-store.js';
import { cleanUp, openPage, reloadPage, scriptTag } from '../helpers/page.js';

/** mulberry32: the same sequence in every browser for a given seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)] };
}
type Random = ReturnType<typeof prng>;

const FIRST = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const REST = FIRST + '0123456789_';
const name = (r: Random, max = 32) =>
  r.pick(FIRST) + Array.from({ length: r.int(max) }, () => r.pick(REST)).join('');

/** A config the validator accepts, with values at the edges of what it accepts. */
function validConfig(r: Random) {
  const count = r.pick([0, 1, 3, 32, 33, 64, MAX_CATEGORIES - 1, r.int(MAX_CATEGORIES)]);
  const categories: Record<string, object> = {};
  // Names as long as allowed (32), and differing only in case.
  while (Object.keys(categories).length < count) categories[r.next() < 0.2 ? 'c'.repeat(32 - r.int(3)) + r.int(1e3) : name(r)] = {};
  delete categories.necessary;
  for (const key of Object.keys(categories)) if (key.length > 32) delete categories[key];
  return {
    revision: r.pick([0, 1, 1750000000, 1750000000000, Number.MAX_SAFE_INTEGER, r.int(2 ** 31), Math.floor(r.next() * Number.MAX_SAFE_INTEGER)]),
    cookie: { name: 'rt_' + name(r, 20).replace(/\W/g, '') },
    categories,
    ...(r.next() < 0.5 && { privacyPolicy: { version: r.pick(['1', '2.0', '2025-06-15', 'v' + 'x'.repeat(r.int(40))]) } }),
  };
}

function removeCookie(cookieName: string) {
  document.cookie = `${cookieName}=; max-age=0; path=/`;
}

describe('a decision under any valid config reads back on the next page', function () {
  this.timeout(20_000);
  afterEach(cleanUp);

  for (const seed of [1, 2, 3, 4]) {
    it(`seed ${seed}: 50 generated configs, each decided, then read by a new store`, () => {
      const r = prng(seed);
      for (let i = 0; i < 50; i++) {
        const config = validConfig(r);
        const what = `seed ${seed}, case ${i}: ${JSON.stringify(config).slice(0, 200)}`;
        expect(normalizeConfig(config).error, what).to.equal(undefined);
        const first = new ConsentStore({ target: null, globalPrivacyControl: false }).load(config);
        const categories = first.categories.slice(1);
        const choice = r.int(3);
        if (choice == 0) first.acceptAll();
        else if (choice == 1) first.rejectAll();
        else first.save(Object.fromEntries(categories.map((c) => [c, r.next() < 0.5])));
        expect(first.persisted, what).to.equal(true);
        // The next page: a new store on the same cookies.
        const next = new ConsentStore({ target: null, globalPrivacyControl: false }).load(config);
        expect(next.decided, what).to.equal(true);
        expect(next.getAll(), what).to.deep.equal(first.getAll());
        expect(next.consentId, what).to.equal(first.consentId);
        expect(next.bannerOpen, what).to.equal(false);
        removeCookie(config.cookie.name);
      }
    });
  }

  it('the script tag: revision 1750000000 and 100 categories, decided, then reloaded: no banner', async () => {
    const categories = Object.fromEntries([...Array(MAX_CATEGORIES - 1)].map((_, i) => ['category_with_a_long_name_' + i, {}]));
    const page = await openPage(scriptTag({ revision: 1750000000, categories }, 'data-no-banner'));
    page.win.consentElements.save({ category_with_a_long_name_7: true });
    const next = await reloadPage(page);
    expect(next.win.consentElements.decided).to.equal(true);
    expect(next.win.consentElements.bannerOpen).to.equal(false);
    expect(next.win.consentElements.get('category_with_a_long_name_7')).to.equal(true);
    expect(next.win.consentElements.get('category_with_a_long_name_8')).to.equal(false);
  });
});
