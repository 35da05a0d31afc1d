// The JSON Schema at the path ladders had before the rename (schemas/matrix.schema.json), kept so the
// modeline `$schema=../schemas/matrix.schema.json` of a file written then still completes and checks.
// A full copy, not a `$ref` to ladder.schema.json: editors resolve a modeline offline from the file
// alone, and a relative `$ref` across files is not followed by every one of them. It is today's ladder
// schema with its old address, and its `format` takes both ids (Rungs reads both; it writes the new).
export const LEGACY_SCHEMA_FILE = 'matrix.schema.json';

export function legacyLadderSchema(ladderSchema) {
	const schema = structuredClone(ladderSchema);
	schema.$id = 'https://rungs.dev/schemas/matrix.schema.json';
	schema.title = `${schema.title} — the old address: use ladder.schema.json`;
	const { const: id, ...format } = schema.properties.format;
	schema.properties.format = { ...format, enum: [id, 'rungs/matrix@1'] };
	return schema;
}
