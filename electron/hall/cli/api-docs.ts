// `npm run docs:api`: writes docs/api.md from the contract (methods, events, roles, schemas).
// A test fails when the committed file differs, so the docs cannot drift from the code.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderApiDocs } from '../api-docs.ts';

const target = fileURLToPath(new URL('../../../docs/api.md', import.meta.url));
writeFileSync(target, renderApiDocs());
console.log(`wrote ${target}`);
