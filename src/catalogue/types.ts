/** The language-free facts of a catalogue entry (generated from `catalogue/services/<id>.json`). */
export interface CatalogueEntry {
  id: string;
  name: string;
  category: string;
  provider: { name: string; country: string };
  /** `lifetime`: an ISO 8601 duration (`P13M`) or `session`. */
  cookies: { name: string; lifetime: string }[];
  sharedCookies: string[];
  storage: string[];
  embeds: string[];
  privacyUrl: string;
  dataLocations: string[];
  safeguards: string[];
}

/** One entry's texts in one language, in the order of the entry's `cookies` and `safeguards`. */
export interface CatalogueTexts {
  purpose: string;
  cookies: string[];
  safeguards: string[];
}
