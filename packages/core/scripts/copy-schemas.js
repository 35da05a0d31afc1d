// Ships the JSON Schemas inside the package (`@rungs/core/schemas/ladder.schema.json`): copies the
// committed files from the repository's schemas/, which a test keeps equal to the zod schemas.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';

const from = new URL('../../../schemas/', import.meta.url);
const to = new URL('../schemas/', import.meta.url);
mkdirSync(to, { recursive: true });
for (const name of readdirSync(from).filter((n) => n.endsWith('.schema.json'))) copyFileSync(new URL(name, from), new URL(name, to));
