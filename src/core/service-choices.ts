import type { ConsentChoices, NormalizedConfig } from './types.js';

/** The service ids of every category, in the config's order. */
export const servicesOf = ({ categories }: NormalizedConfig): Record<string, string[]> =>
  Object.fromEntries(Object.keys(categories).map((name) => [name, (categories[name].services ?? []).map((s) => s.id)]));

/**
 * The services whose choice (`choice(id)`, when a boolean) differs from their category's in
 * `choices`: all the consent cookie keeps of them. `pending` (no category decided yet): the
 * services granted. `necessary` services are always granted, never kept.
 */
export function serviceExceptions(
  services: Record<string, string[]>,
  choices: ConsentChoices,
  choice: (id: string) => unknown,
  pending?: boolean,
): ConsentChoices {
  const kept: ConsentChoices = {};
  for (const [category, ids] of Object.entries(services))
    for (const id of ids) {
      const value = choice(id);
      if (category != 'necessary' && typeof value == 'boolean' && (pending ? value : value != choices[category])) kept[id] = value;
    }
  return kept;
}
