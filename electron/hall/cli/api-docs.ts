// `npm run docs:api`: writes docs/api.md from the contract (methods, events, roles, schemas)
// and docs/errors.md from the catalogues (every error message in the three languages).
// A test fails when the committed file differs, so the docs cannot drift from the code.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderApiDocs } from '../api-docs.ts';
import { renderErrorDocs } from '../error-docs.ts';

const target = fileURLToPath(new URL('../../../docs/api.md', import.meta.url));
writeFileSync(target, renderApiDocs());
console.log(`wrote ${target}`);

const errorsTarget = fileURLToPath(new URL('../../../docs/errors.md', import.meta.url));
writeFileSync(errorsTarget, renderErrorDocs());
console.log(`wrote ${errorsTarget}`);
