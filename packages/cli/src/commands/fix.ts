import { relative, resolve } from 'node:path';
import { fixStatementIds } from '@rungs/core';
import { readLadderFolder } from '@rungs/core/node';
import { findLaddersFromCwd } from '../find-framework.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { reportProblems, valueOrReport } from '../load-for-cli.ts';
import { visible } from '../visible.ts';
import { writeFileSafely } from '../write-file.ts';
import { writerWords } from '../writer-words.ts';

export const FIX_HELP = `rungs fix --ids [dir] [options]

Writes what a ladder leaves implicit, in place. With --ids: every statement written as plain text
gets the id it had until now, derived from its words, written out as \`{ id, text }\`. An
assessment rates a statement by its id; a derived id changes when the text is reworded, so the
ratings made on it would be lost (\`rungs migrate\` marks them for re-assessment). Once written, the
id stays when the text changes. Only those statements change: comments and every other line stay
as they are. A folder with errors is not touched; each file is written whole or not at all.

Options
  --ids              write the derived id of every plain-text statement
  --dry-run          print what would change, write nothing
  --lang en|fr       language of problems and reports   [LC_ALL, LC_MESSAGES or LANG; else en]
  -h, --help         this help

Without a folder: the nearest framework.yaml at or above this one, or a matrices/ folder there.

Examples
  rungs fix --ids matrices --dry-run
  rungs fix --ids matrices`;

export async function fixCommand(args: string[], options: { ids?: boolean; 'dry-run'?: boolean }, io: Io): Promise<number> {
	if (!options.ids) throw new UsageError('Say what to fix: --ids writes the derived id of every plain-text statement.', 'fix');
	if (args.length > 1) throw new UsageError('Give one folder of ladders.', 'fix');
	const dir = args[0] ?? findLaddersFromCwd(io.cwd);
	if (dir === undefined) throw new UsageError('No ladders found here or above (no framework.yaml, no matrices/ folder): give the folder.', 'fix');
	const shown = relative(io.cwd, resolve(io.cwd, dir)) || '.';
	const read = await readLadderFolder(shown);
	reportProblems(read.problems, io);
	const files = valueOrReport(fixStatementIds(read.sources, { root: shown }), io);
	const dryRun = options['dry-run'] ?? false;
	const words = writerWords(io.locale);
	for (const file of files) {
		if (!dryRun) await writeFileSafely(resolve(io.cwd, file.path), file.text, { force: true, command: 'fix' });
		io.stdout.write(`${words.fixFile({ path: visible(file.path), count: file.fixes.length, dryRun })}\n`);
		for (const fix of file.fixes) io.stdout.write(`${words.fixLine({ line: fix.line, competency: visible(fix.competency), id: visible(fix.id) })}\n`);
	}
	const count = files.reduce((sum, file) => sum + file.fixes.length, 0);
	io.stderr.write(`${words.fixSummary({ count, files: files.length, dryRun })}\n`);
	return EXIT.ok;
}
