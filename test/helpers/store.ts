import { ConsentStore, type ConsentStoreOptions } from '../../src/core/consent-store.js';
import { memoryStorage } from '../../src/core/storage/memory-storage.js';
import type { ConsentConfig } from '../../src/core/types.js';

/** A config with the three usual categories, as a site owner would write it. */
export const sampleConfig = (overrides: Partial<ConsentConfig> = {}): ConsentConfig => ({
  revision: 1,
  categories: {
    necessary: { label: 'Nécessaires', description: 'Indispensables au site.' },
    analytics: {
      label: { fr: "Mesure d'audience", en: 'Analytics' },
      services: [
        {
          name: 'Google Analytics',
          provider: 'Google Ireland Limited',
          purpose: 'Audience measurement',
          cookies: [
            { name: '_ga', lifetime: '13 mois' },
            { name: '_ga_*', lifetime: '13 mois' },
          ],
        },
      ],
    },
    marketing: { label: 'Publicité' },
    functional: { label: 'Fonctionnels' },
  },
  ...overrides,
});

export const DAY = 864e5;
/** 15 June 2025, 10:00 local time. */
export const NOW = new Date(2025, 5, 15, 10).getTime();

/** A store on memory storage, a fixed clock and its own event target; loaded unless `load: false`. */
export function makeStore(
  options: ConsentStoreOptions & { config?: unknown; clock?: { now: number }; load?: boolean } = {},
) {
  const clock = options.clock ?? { now: NOW };
  const target = options.target === undefined ? new EventTarget() : options.target;
  let id = 0;
  const store = new ConsentStore({
    storage: memoryStorage(),
    now: () => clock.now,
    randomId: () => `00000000-0000-4000-8000-${String(++id).padStart(12, '0')}`,
    globalPrivacyControl: false,
    ...options,
    target,
  });
  if (options.load !== false) {
    store.load(options.config ?? sampleConfig());
    // The DOM events of `load` wait for the end of the task (or the next decision): let them
    // out now, so that a test recording events after this call hears only what it does.
    store['_flush']();
  }
  return { store, clock, target };
}

/** Collects the `detail` of every `type` event a target receives. */
export function record<T>(target: EventTarget, type: string): T[] {
  const seen: T[] = [];
  target.addEventListener(type, (event) => seen.push((event as CustomEvent<T>).detail));
  return seen;
}
