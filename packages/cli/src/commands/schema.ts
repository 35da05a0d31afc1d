import { SCHEMA_NAMES, toJsonSchema, type SchemaName } from '@rungs/core/schema';
import { EXIT, UsageError, type Io } from '../io.ts';

export const SCHEMA_HELP = `rungs schema <name>

Prints a JSON Schema (draft 2020-12), generated from the validator itself, for editors and other tools.
Names: ${SCHEMA_NAMES.join(', ')}.

Examples
  rungs schema ladder > ladder.schema.json
  rungs schema gap-report`;

export async function schemaCommand(names: string[], _options: Record<string, unknown>, io: Io): Promise<number> {
	if (names.length !== 1) throw new UsageError('Give one schema name.', 'schema');
	const name = names[0]!;
	if (!SCHEMA_NAMES.includes(name as SchemaName)) throw new UsageError(`Unknown schema \`${name}\`: use ${SCHEMA_NAMES.join(', ')}.`, 'schema');
	io.stdout.write(`${JSON.stringify(toJsonSchema(name as SchemaName), null, 2)}\n`);
	return EXIT.ok;
}
