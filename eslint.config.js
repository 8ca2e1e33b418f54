// @ts-check
/**
 * Lint rules for the code (content is checked by the schemas and the build). Type-checked rules from
 * typescript-eslint catch floating promises and unsafe `any`; eslint-plugin-astro parses components,
 * with the jsx-a11y rules applied to their markup.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';

export default defineConfig(
  { ignores: ['dist/', 'dist-fixture/', 'pdf/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...tseslint.configs.stylisticTypeChecked,
  ...astro.configs['flat/recommended'],
  ...astro.configs['flat/jsx-a11y-strict'],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
    rules: {
      // Template literals with numbers are how the guide writes counts and sizes.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // With the strictest tsconfig (noUncheckedIndexedAccess), `list[0]!` after a length check is the
      // honest way to say "checked"; banning it would only move the assertion into a cast.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // The tsconfig's noPropertyAccessFromIndexSignature decides between `a.b` and `a['b']`.
      '@typescript-eslint/dot-notation': 'off',
      // Event listeners and timers may be async: each handles its own errors (and says so to the reader).
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      // `{ summary: _, ...rest }` is how a copy without one field is written.
      '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // A table that scrolls sideways is a focusable <section> so keyboard users can scroll it (WCAG 2.1.1).
      'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['section'] }],
    },
  },
  {
    // In templates the parser does not know component and JSX types, so these would flag every `.map()`.
    files: ['**/*.astro'],
    // astro-eslint-parser takes the project's tsconfig rather than typescript-eslint's project service.
    languageOptions: { parserOptions: { projectService: false, project: true } },
    rules: {
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  {
    // Config files outside the TypeScript project are linted without type information.
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
