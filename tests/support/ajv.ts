import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { SchemaName } from '@rungs/core/schema';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** An ajv validator for each committed JSON Schema in schemas/. */
export function committedSchemaValidators() {
	const ajv = new Ajv2020({ allErrors: true, strict: true });
	addFormats(ajv);
	const compiled = new Map<SchemaName, ReturnType<typeof ajv.compile>>();
	return (name: SchemaName) => {
		if (!compiled.has(name)) {
			compiled.set(name, ajv.compile(JSON.parse(readFileSync(new URL(`../../schemas/${name}.schema.json`, import.meta.url), 'utf8'))));
		}
		return compiled.get(name)!;
	};
}
