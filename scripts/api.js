// `pnpm api`: regenerates the API reference of @rungs/core (packages/core/docs/api/*.md, TypeDoc)
// and its API reports (packages/core/etc/*.api.md, API Extractor) from the sources and their JSDoc.
// Both are committed; tests/api-docs.test.ts and tests/api-report.test.ts fail when they are stale.
import { rmSync } from 'node:fs';
import { writeApiDocs } from './api/docs.js';
import { coreDir, DOCS_DIR, REPORTS_DIR } from './api/entries.js';
import { writeApiReports } from './api/report.js';

const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

let start = performance.now();
await writeApiDocs(`${coreDir}${DOCS_DIR}`);
console.log(`API reference written to packages/core/${DOCS_DIR}/ in ${seconds(start)}`);

start = performance.now();
// A removed entry point must not leave its report behind.
rmSync(`${coreDir}${REPORTS_DIR}`, { recursive: true, force: true });
const warnings = writeApiReports(`${coreDir}${REPORTS_DIR}`);
for (const warning of warnings) console.warn(warning);
console.log(`API reports written to packages/core/${REPORTS_DIR}/ in ${seconds(start)}`);
