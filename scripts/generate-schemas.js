// Writes schemas/*.schema.json from the zod schemas (run `pnpm schemas`, which builds core first); never edit them by hand.
import { writeFile } from 'node:fs/promises';
import { SCHEMA_NAMES, toJsonSchema } from '../packages/core/dist/schema.js';
import { LEGACY_SCHEMA_FILE, legacyLadderSchema } from './legacy-schema.js';

for (const name of SCHEMA_NAMES) {
	const path = new URL(`../schemas/${name}.schema.json`, import.meta.url);
	await writeFile(path, `${JSON.stringify(toJsonSchema(name), null, '\t')}\n`);
	console.log(`wrote schemas/${name}.schema.json`);
}

// The ladder schema again at its address from before the rename, for the modelines of older files.
await writeFile(new URL(`../schemas/${LEGACY_SCHEMA_FILE}`, import.meta.url), `${JSON.stringify(legacyLadderSchema(toJsonSchema('ladder')), null, '\t')}\n`);
console.log(`wrote schemas/${LEGACY_SCHEMA_FILE}`);
