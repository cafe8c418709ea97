/**
 * The tag loader's on-demand chunk (`dist/consent-elements-tags.js`): placeholders for blocked
 * embeds, the clean-up after a withdrawal and the catalogue's embed addresses, imported only by
 * pages that need them.
 */
export { identify, placeholder, removeDeclared } from '../integrations/tag-extras.js';
