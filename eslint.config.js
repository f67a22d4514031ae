import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { layeringPlugin } from './eslint/layering.js';

/**
 * A Chinese (or full-width) character in a string, a template or JSX text — but not in an API
 * method's `summary`: that is the contract's documentation for developers (docs/api.md), in
 * English, glossing the hall's Chinese terms (冲正, 过号).
 */
const SCREEN_WORDS = ['Literal[value=/[\\u3400-\\u9fff\\uff00-\\uffef]/]:not(Property[key.name="summary"] > Literal)', 'TemplateElement[value.raw=/[\\u3400-\\u9fff\\uff00-\\uffef]/]', 'JSXText[value=/[\\u3400-\\u9fff\\uff00-\\uffef]/]'].map((selector) => ({
  selector,
  message: 'words a person reads come from the catalogues (shared/i18n/catalog/*), in zh-CN, zh-TW and en',
}));

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
    // Amounts are integer fen: parseFloat/toFixed on money is how rounding errors start.
    files: ['shared/**/*.ts', 'electron/hall/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-properties': ['error', { property: 'toFixed', message: 'format money with shared/money.ts (integer fen)' }],
      'no-restricted-globals': ['error', { name: 'parseFloat', message: 'parse money with parseYuan from shared/money.ts' }],
    },
  },
  {
    // What a person reads comes from the catalogues (shared/i18n/catalog), in each of the three
    // languages: a Chinese literal in a screen, the shell or the hall is a string that does not
    // switch language.
    files: ['renderer/**/*.{ts,tsx}', 'electron/**/*.ts', 'shared/**/*.ts'],
    // The places where Chinese is not a sentence for a reader, each with its reason:
    ignores: [
      // the catalogues themselves
      'shared/i18n/catalog/**',
      // demo data: the demo branch's people, accounts, prices and queue, and the names a hall
      // carries until its setup wizard names it
      'electron/hall/demo/**',
      'electron/hall/accounts/demo-accounts.ts',
      'electron/hall/demo-branch-names.ts',
      // the hall's own texts (lane names, notices, greetings) before its manager writes them:
      // the branch's words in the branch's language; the defaults are the demo's
      'shared/api/hall-text-defaults.ts',
      // print layouts: the paper a hall prints is in the branch's language (receipts, slips, reports)
      'electron/hall/printing/layouts/**',
      // formats: an amount in Chinese capitals (大写, what a receipt must carry) and the ￥ sign;
      // the hall's voice, which speaks Mandarin from recorded clips; a bill QR code's 户号 key
      'shared/money.ts',
      'shared/announcement.ts',
      'shared/scanned-code.ts',
      // data formats whose Chinese is the format itself: the head office's accounts file
      // (its column headers and cell words), the address grammar that reads 号楼/单元/室 out of
      // an address, and the day export the head office's finance system takes back
      'electron/hall/accounts/import-columns.ts',
      'electron/hall/accounts/address.ts',
      'electron/hall/ledger/day-export-format.ts',
    ],
    rules: { 'no-restricted-syntax': ['error', ...SCREEN_WORDS] },
  },
  {
    // A module's SQL lives in its store (<domain>-store.ts); its handlers only call use cases.
    // (Listed with the words rule: a file's later 'no-restricted-syntax' replaces an earlier one.)
    files: ['electron/hall/**/*.handlers.ts'],
    rules: {
      'no-restricted-syntax': ['error', { selector: "CallExpression[callee.property.name=/^(prepare|exec|pragma)$/]", message: "SQL belongs in the module's <domain>-store.ts, not in its handlers" }, ...SCREEN_WORDS],
    },
  },
);
