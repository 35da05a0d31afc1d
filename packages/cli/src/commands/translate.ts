import { mkdir, rm, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { readFolder } from '@rungs/core/node';
import { LANGUAGE_PATTERN } from '@rungs/core/schema';
import { translationFiles } from '@rungs/core/translate';
import { cliWords } from '../cli-words.ts';
import { findLaddersFromCwd } from '../find-framework.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { loadFrameworkCached } from '../ladder-cache.ts';
import { reportProblems, valueOrReport, valueOrReportErrors } from '../load-for-cli.ts';
import { schemaReference } from '../schema-reference.ts';
import { visible } from '../visible.ts';
import { writeFailure, writeFileSafely } from '../write-file.ts';

export const TRANSLATE_HELP = `rungs translate [dir] --to <language> [options]

Writes or refreshes the translation files of one language beside the ladders, in
<dir>/i18n/<language>/: one file per source file (framework.yaml, shared-competencies.yaml,
career-paths.yaml, and one per ladder, named after its id), every text an entry with its \`source\`
and an empty \`text\` to fill in. Existing files keep every translation and comment: only missing
entries are added. An entry whose source text changed since it was translated (stale) is left as
it is for a person to update; \`rungs validate\` lists them, and the coverage of each language.
Entries of ids the ladders no longer have (a competency, statement or level removed) and files of
removed ladders are counted; --prune takes them out. Each file is written whole or not at all. The
ladders must load without errors; their translations need not.

Options
  --to <language>    the language to translate into: a lower-case BCP 47 tag, such as fr or fr-ca
  --prune            take out entries and files that translate nothing the ladders still have
  --dry-run          say what would change, write nothing
  --lang en|fr       language of problems and messages   [LC_ALL, LC_MESSAGES or LANG; else en]
  -h, --help         this help

Without a folder: the nearest framework.yaml at or above this one, or a matrices/ folder there.

Examples
  rungs translate --to fr
  rungs translate matrices --to de --dry-run
  rungs translate --to fr --prune`;

export async function translateCommand(args: string[], options: { to?: string; 'dry-run'?: boolean; prune?: boolean }, io: Io): Promise<number> {
	const language = options.to;
	if (language === undefined) throw new UsageError('Say which language to translate into: --to fr, for example.', 'translate');
	if (!LANGUAGE_PATTERN.test(language)) throw new UsageError(`\`${language}\` is not a language tag as translation folders are named: lower-case BCP 47, such as fr, de or fr-ca.`, 'translate');
	if (args.length > 1) throw new UsageError('Give one folder of ladders.', 'translate');
	const dir = args[0] ?? findLaddersFromCwd(io.cwd);
	if (dir === undefined) throw new UsageError('No ladders found here or above (no framework.yaml, no matrices/ folder): give the folder.', 'translate');
	const shown = relative(io.cwd, resolve(io.cwd, dir)) || '.';
	// The ladders alone: what translations say is not needed to write them, and a slip in one
	// (an unknown id) must not stop its own repair.
	const framework = valueOrReportErrors(await loadFrameworkCached(shown, io), io);
	if (language === framework.language) throw new UsageError(`The ladders are written in \`${language}\` already: translate them into another language.`, 'translate');
	const folder = join(shown, 'i18n', language);
	const exists = await stat(resolve(io.cwd, folder)).then((info) => info.isDirectory(), () => false);
	const existing = exists ? await readFolder(folder, { names: /\.ya?ml$/i }) : { sources: [], problems: [] };
	reportProblems(existing.problems, io);
	const schema = schemaReference(io, shown, join(folder, 'framework.yaml'), 'translation.schema.json');
	const prune = options.prune ?? false;
	const files = valueOrReport(translationFiles(framework, language, existing.sources, { ...(schema ? { schema } : {}), prune }), io);
	const dryRun = options['dry-run'] ?? false;
	if (!dryRun && !exists) await mkdir(resolve(io.cwd, folder), { recursive: true }).catch((error: unknown) => Promise.reject(writeFailure(folder, error)));
	const words = cliWords(io.locale);
	let written = 0;
	for (const file of files) {
		const path = join(folder, file.name);
		if (file.changed) {
			// An obsolete file with --prune is removed; any other is written whole.
			if (!dryRun && file.obsolete) await rm(resolve(io.cwd, path)).catch((error: unknown) => Promise.reject(writeFailure(path, error)));
			else if (!dryRun) await writeFileSafely(resolve(io.cwd, path), file.text, { force: true, command: 'translate' });
			written++;
		}
		const counts = { added: file.added, kept: file.kept, stale: file.stale, removed: file.removed, obsolete: file.obsolete === true, prune };
		io.stdout.write(`${visible(words.translatedFile({ file: path, ...counts, written: file.changed }))}\n`);
	}
	const toTranslate = files.reduce((sum, f) => sum + f.added, 0);
	const stale = files.reduce((sum, f) => sum + f.stale, 0);
	io.stderr.write(`${words.translateSummary({ language, written, files: files.length, toTranslate, stale, dryRun })}\n`);
	return EXIT.ok;
}
