// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import regexp from 'eslint-plugin-regexp'

const PURE = ['src/document/**', 'src/annotate/**', 'src/extract/**', 'src/resolve/**']

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      '.scratch*/**',
      'test/golden/**',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  regexp.configs['flat/recommended'],
  {
    rules: {
      // Every hand-written regex must run in linear time (STYLE §3).
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='RegExp']",
          message: 'Never build a RegExp from data: use the lexicon tries in src/annotate.',
        },
      ],
    },
  },
  {
    // Pure stages: no file system, network, store, server or CLI (STYLE §2).
    files: PURE,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['node:fs', 'fs', 'node:net', 'net', 'node:http', 'http', 'node:https', 'https'],
          patterns: ['**/store/**', '**/server/**', '**/cli/**', '**/ingest/**'],
        },
      ],
    },
  },
)
