import { SCHEMA_NAMES, toJsonSchema, type SchemaName } from '@rungs/core/schema';

// The JSON Schemas, published where their `$id`s and editors can find them.
export function getStaticPaths() {
	return SCHEMA_NAMES.map((name) => ({ params: { name } }));
}

export function GET({ params }: { params: { name: SchemaName } }) {
	return new Response(`${JSON.stringify(toJsonSchema(params.name), null, '\t')}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
}
