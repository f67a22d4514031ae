import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { layeringPlugin } from './eslint/layering.js';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'dist-electron/', 'release/', '.tools/', 'test-results/', 'playwright-report/', 'tests/lint/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2024, sourceType: 'module' },
    plugins: { local: layeringPlugin },
    rules: {
      'local/layering': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // A module's SQL lives in its store (<domain>-store.ts); its handlers only call use cases.
    files: ['electron/hall/**/*.handlers.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name=/^(prepare|exec|pragma)$/]", message: "SQL belongs in the module's <domain>-store.ts, not in its handlers" }],
    },
  },
  {
    // Amounts are integer fen: parseFloat/toFixed on money is how rounding errors start.
    files: ['shared/**/*.ts', 'electron/hall/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': ['error', { property: 'toFixed', message: 'format money with shared/money.ts (integer fen)' }],
      'no-restricted-globals': ['error', { name: 'parseFloat', message: 'parse money with parseYuan from shared/money.ts' }],
    },
  },
  {
    // What a person reads on a screen comes from the catalogues (shared/i18n/catalog), in each
    // of the three languages: a Chinese literal in a screen or the shell is a string that does
    // not switch language.
    files: ['renderer/**/*.{ts,tsx}', 'electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...['Literal[value=/[\\u3400-\\u9fff\\uff00-\\uffef]/]', 'TemplateElement[value.raw=/[\\u3400-\\u9fff\\uff00-\\uffef]/]', 'JSXText[value=/[\\u3400-\\u9fff\\uff00-\\uffef]/]'].map((selector) => ({
          selector,
          message: 'words on a screen come from the catalogues (shared/i18n/catalog/*), in zh-CN, zh-TW and en',
        })),
      ],
    },
  },
);
