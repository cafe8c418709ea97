/**
 * The tag loader's on-demand chunk (`dist/consent-elements-tags.js`): placeholders for blocked
 * embeds and the clean-up after a withdrawal, imported only by pages that need them.
 */
export { placeholder, removeDeclared } from '../integrations/tag-extras.js';
