// Lint rules for the whole project (`npm run lint`). typescript-eslint's recommended rules,
// no HTML sinks (no-unsanitized, on top of tests/unit/no-html-sinks.test.ts), and the rules
// of hooks for the Preact components.
import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      // npm run bench:profile's unminified build.
      '.output-profile/**',
      '.wxt/**',
      'node_modules/**',
      'tests/fixtures/**',
      'tests/e2e/fixtures/**',
      'docs/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  // Shipped code only: tests and the bench build hostile pages from fixture HTML on purpose.
  { files: ['src/**', 'entrypoints/**'], ...noUnsanitized.configs.recommended },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx', 'entrypoints/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.webextensions } },
    rules: {
      // Kontext strips invisible characters (soft hyphen, ZWJ, combining grapheme joiner) one by one
      // in character classes on purpose; the rule is about emoji sequences.
      'no-misleading-character-class': 'off',
      // `_name` marks a value taken apart on purpose and left unused.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      // Test code and the in-page probes talk to untyped browser globals (`chrome`, page windows).
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
