/**
 * The custom-elements manifest (`npm run build` → custom-elements.json) documents the published
 * files: module paths point at `dist/*.js`, not at the TypeScript sources it was read from.
 */
const published = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

export default {
  // The elements and what they inherit (the i18n tables and the catalogue would add 0.5 MB of nothing).
  globs: ['src/components/**/*.ts', 'src/internal/plain-element.ts', 'src/index.ts', 'src/define.ts'],
  exclude: ['src/**/*.test.ts', 'src/server/**', 'src/scanner/**'],
  litelement: true,
  plugins: [
    {
      name: 'published-paths',
      packageLinkPhase({ customElementsManifest }) {
        const fix = (reference) => {
          if (reference?.module) reference.module = published(reference.module);
        };
        for (const module of customElementsManifest.modules) {
          module.path = published(module.path);
          for (const declaration of module.declarations ?? []) {
            fix(declaration.superclass);
            for (const member of declaration.members ?? []) fix(member.inheritedFrom);
            for (const attribute of declaration.attributes ?? []) fix(attribute.inheritedFrom);
          }
          for (const exported of module.exports ?? []) fix(exported.declaration);
        }
      },
    },
  ],
};
