import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { formatProblems, parseFramework, problemsOf, type Problem, type SourceFile } from '@rungs/core';
import { importFramework, importLadder, type ImportFormat, type ImportFramework } from '@rungs/core/import';
import { readLadderFolder, readSourceFile } from '@rungs/core/node';
import { findFrameworkDir } from '../find-framework.ts';
import { reportProblems } from '../load-for-cli.ts';
import { EXIT, UsageError, useColor, type Io } from '../io.ts';
import { schemaReference } from '../schema-reference.ts';
import { writeFileSafely } from '../write-file.ts';
import { writerWords } from '../writer-words.ts';
import { messagesOf } from '../language.ts';

export const IMPORT_HELP = `rungs import <file> [options]

Makes a ladder file from a spreadsheet or a CASE package, and checks it against the framework:
  grid        a CSV grid (comma, semicolon or tab; UTF-8 with or without BOM): a header row with
              the competency column, optional Category and Description columns, then a column per
              level headed by its title, \`Title (Band)\` when it has one; a row per competency, each
              cell that level's statements, one per line (a leading -, * or • is a bullet). An empty
              cell: the competency does not apply at that level (with --each-level adds-to-below:
              nothing new is expected there)
  rungs-csv   what \`rungs export --format csv\` writes
  case        a 1EdTech CASE 1.1 CFPackage (JSON) with a rubric, such as \`rungs export --format case\` writes
The file has the schema modeline, ids made from titles and texts, and comments on what is worth
adding. Each cell that could not be placed is reported as file:row:column. Never replaces an
existing file unless --force; writes atomically.

Options
  --id <ladder-id>                   the ladder's id        [from --out's name, else from <file>'s]
  --title <title>                    the ladder's title     [the package's, else from the id]
  --format grid|rungs-csv|case       what <file> is         [sniffed: JSON is case; a CSV with
                                                             Shared and Required columns is rungs-csv]
  --each-level replaces-below|adds-to-below
                                     how statements accumulate [grid: replaces-below; others: adds-to-below]
  --out <file>                       where to write         [standard output]
  --force                            replace --out if it exists
  --matrices <dir>                   the framework to check against
                                     [the nearest framework.yaml, or matrices/, from here up]
  --lang en|fr                       language of problems and of the comments written   [LC_ALL, LC_MESSAGES or LANG; else en]

Exit codes: 0 written and valid; 1 the file cannot be read, or the ladder it makes has errors
under the framework's rules (it is still written: they say what to add); 2 usage error.

Examples
  rungs export support-representative --format case > sr.json && rungs import sr.json --id support-representative --out sr.yaml`;

const FORMATS: readonly ImportFormat[] = ['grid', 'rungs-csv', 'case'];
const EACH_LEVEL = ['replaces-below', 'adds-to-below'] as const;
/** A CASE package holds every item several times over: larger than a ladder file may be. */
const MAX_IMPORT_BYTES = 8 * 1024 * 1024;

interface ImportCommandOptions {
	id?: string;
	title?: string;
	format?: string;
	'each-level'?: string;
	out?: string;
	force?: boolean;
	matrices?: string;
}

/**
 * The new ladder's problems when it joins the framework's files: in place of a file of the same
 * path or ladder id, checked with every other file and the framework's rules.
 */
function checkInFramework(framework: ImportFramework, sources: readonly SourceFile[], dir: string, path: string, text: string, id: string, io: Io): Problem[] {
	const at = resolve(io.cwd, path);
	const others = sources.filter((s) => resolve(io.cwd, s.path) !== at && !framework.ladders.some((m) => m.id === id && resolve(io.cwd, m.file) === resolve(io.cwd, s.path)));
	const inside = dirname(at) === resolve(io.cwd, dir);
	const result = parseFramework([...others, { path, text }], { root: dir, checkFileNames: inside });
	return problemsOf(result).filter((p) => p.file === path);
}

export async function importCommand(args: string[], options: ImportCommandOptions, io: Io): Promise<number> {
	if (args.length !== 1) throw new UsageError('Give the file to import, such as `ladder.csv`.', 'import');
	const format = options.format as ImportFormat | undefined;
	if (format !== undefined && !FORMATS.includes(format)) throw new UsageError(`Unknown format \`${format}\`: use grid, rungs-csv or case.`, 'import');
	const eachLevel = options['each-level'] as (typeof EACH_LEVEL)[number] | undefined;
	if (eachLevel !== undefined && !EACH_LEVEL.includes(eachLevel)) throw new UsageError(`Unknown --each-level \`${eachLevel}\`: use replaces-below or adds-to-below.`, 'import');
	const found = findFrameworkDir(io.cwd, undefined, options.matrices);
	if (!found) throw new UsageError('No ladders found: run from a folder with matrices/, or pass --matrices <dir>.', 'import');
	// The folder as read, so the new ladder is checked with the same files; with no ladder yet, the
	// framework's categories and shared competencies are enough to import the first.
	const dir = relative(io.cwd, found) || '.';
	const folder = await readLadderFolder(dir);
	reportProblems(folder.problems, io);
	const into = importFramework(folder.sources);
	if (!into.ok) {
		reportProblems(into.problems, io);
		return EXIT.problems;
	}
	const framework = into.value;

	const file = args[0]!;
	const read = await readSourceFile(resolve(io.cwd, file), { maxBytes: MAX_IMPORT_BYTES });
	if (!read.file) {
		reportProblems(read.problems, io);
		return EXIT.problems;
	}
	const id = options.id ?? (options.out ? basename(options.out, extname(options.out)) : undefined);
	const schema = schemaReference(io, options.matrices, options.out, 'ladder.schema.json');
	const made = importLadder(framework, read.file.text, {
		file,
		...(id !== undefined ? { id } : {}),
		...(options.title !== undefined ? { title: options.title } : {}),
		...(format ? { format } : {}),
		...(eachLevel ? { eachLevel } : {}),
		...(schema ? { schema } : {}),
		// The comments it writes into the ladder, in the reader's language.
		messages: messagesOf(io),
	});
	if (!made.ok) {
		// An id or title that is no id or title was given on the command line: a usage error, said as core says it.
		const options = made.problems.filter((p) => p.code === 'INVALID_OPTION');
		if (options.length > 0) throw new UsageError(options.map((p) => `${p.message}${p.hint ? ` ${p.hint}` : ''}`).join(' '), 'import');
		reportProblems(made.problems, io);
		return EXIT.problems;
	}
	const { yaml, ladder, skipped } = made.value;
	// Cells not placed are warnings: the ladder is made without them, and each is named with its row and column.
	reportProblems(skipped, io);

	const ladderId = String(ladder.id);
	const shownPath = options.out ?? relative(io.cwd, join(dir, `${ladderId}.yaml`));
	const problems = checkInFramework(framework, folder.sources, dir, shownPath, yaml, ladderId, io);
	if (options.out) await writeFileSafely(resolve(io.cwd, options.out), yaml, { force: options.force ?? false, command: 'import' });
	else io.stdout.write(yaml);
	const errors = problems.filter((p) => p.severity === 'error').length;
	const written = options.out ? `Wrote ${options.out}` : 'Printed the ladder';
	const words = writerWords(io.locale);
	io.stderr.write(`${words.imported({ written, levels: (ladder.levels as unknown[]).length, competencies: (ladder.competencies as unknown[]).length + ((ladder.sharedCompetencies as unknown[] | undefined)?.length ?? 0) })}\n`);
	if (problems.length > 0) io.stderr.write(`${formatProblems(problems, { color: useColor(io.stderr, io.env), messages: messagesOf(io) })}\n`);
	if (errors > 0) io.stderr.write(`${words.importAskMore({ file, path: shownPath })}\n`);
	return errors > 0 ? EXIT.problems : EXIT.ok;
}
