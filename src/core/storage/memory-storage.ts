import type { ConsentStorage } from '../types.js';

/** Keeps the decision for the life of the page only (tests, or cookies blocked). */
export function memoryStorage(initial?: string): ConsentStorage {
  let value = initial;
  return {
    read: () => value,
    write(next) {
      value = next;
      return true;
    },
    remove() {
      value = undefined;
    },
  };
}
