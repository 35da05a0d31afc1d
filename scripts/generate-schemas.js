// Writes schemas/*.schema.json from the zod schemas (run `pnpm schemas`, which builds core first); never edit them by hand.
import { writeFile } from 'node:fs/promises';
import { SCHEMA_NAMES, toJsonSchema } from '../packages/core/dist/schema.js';

for (const name of SCHEMA_NAMES) {
	const path = new URL(`../schemas/${name}.schema.json`, import.meta.url);
	await writeFile(path, `${JSON.stringify(toJsonSchema(name), null, '\t')}\n`);
	console.log(`wrote schemas/${name}.schema.json`);
}
