import { basename, dirname, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { findLadder, formatMessage, formatProblems, identifySource, migrateAssessment, parseAssessment, parseFramework, problemsOf, rewriteAssessmentText, stringifyAssessment, type Framework, type Ladder, type SourceFile } from '@rungs/core';
import { linkBoundary, readSourceFile } from '@rungs/core/node';
import { frameworkAtVersion } from '../ladder-history.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { frameworkFor, reportProblems, valueOrReport, valueOrReportErrors } from '../load-for-cli.ts';
import { writeFileSafely } from '../write-file.ts';
import { writerWords } from '../writer-words.ts';
import { messagesOf } from '../language.ts';

export const MIGRATE_HELP = `rungs migrate <assessment> [options]

Moves an assessment made on an older version of a ladder onto the current one: every rating that
still applies is kept, competencies that changed are marked \`reassess: true\`, and anything that no
longer exists is moved into the assessment's notes, never dropped silently. The older version comes
from --from, or else from the git history of the ladder's file (the commit whose version matches).

Options
  --from <ladder.yaml>            the ladder as it was when the assessment was made
  --to <ladder.yaml>              the ladder to move onto          [the current one in --matrices]
  --current <level>, --target <level>   new levels, when the assessment's are gone
  --out <file>                    where to write                   [standard output]
  --force                         replace --out if it exists
  --matrices <dir>                the ladders                      [found from the assessment]
  --lang en|fr                    language of problems and reports   [LC_ALL, LC_MESSAGES or LANG; else en]

Examples
  rungs migrate ana-2025.yaml --out ana-2025-migrated.yaml
  rungs migrate ana-2025.yaml --from old/support-representative.yaml`;

export interface MigrateOptions {
	from?: string;
	to?: string;
	current?: string;
	target?: string;
	out?: string;
	force?: boolean;
	matrices?: string;
}

/** The framework as it stood when the ladder file had `version`, from git history; a usage error when no commit has it. */
function frameworkAtVersionOrStop(framework: Framework, ladderId: string, version: string, io: Io): Framework {
	const found = frameworkAtVersion(framework, ladderId, version, io, 'migrate');
	if (found) return found;
	throw new UsageError(`No commit in the history of \`${findLadder(framework, ladderId)!.file}\` has version ${version}: pass the old ladder with --from <file>.`, 'migrate');
}

export async function migrateCommand(args: string[], options: MigrateOptions, io: Io): Promise<number> {
	if (args.length !== 1) throw new UsageError('Give the assessment file to migrate.', 'migrate');
	const file = args[0]!;
	const read = await readSourceFile(file);
	reportProblems(read.problems, io);
	const ladder = identifySource(read.file!).ladder;
	const ladderId = ladder?.id ?? '';
	const version = ladder?.version ?? '';
	const current = await frameworkFor(options.to ?? file, options.matrices, io, 'migrate');
	const after = findLadder(current, ladderId);
	if (!after || version === '') {
		// Let the validator say what is wrong, located.
		reportProblems(problemsOf(parseAssessment(read.file!, current)), io);
		throw new UsageError(after ? `The assessment does not say which version of \`${ladderId}\` it was made on.` : `The assessment's ladder \`${ladderId}\` is not in the ladders folder.`, 'migrate');
	}
	if (version === after.version) return renameOnly(read.file!, current, after, file, options, io);

	let old: Framework;
	if (options.from) {
		const fromRead = await readSourceFile(options.from);
		reportProblems(fromRead.problems, io);
		// The other files of the folder, read by the same rules as when the folder was loaded.
		const within = await linkBoundary(dirname(after.file));
		const others = await Promise.all(current.ladders.filter((m) => m.id !== ladderId).map((m) => readSourceFile(m.file, { within })));
		reportProblems(others.flatMap((r) => r.problems), io);
		const sources = others.flatMap((r) => (r.file ? [r.file] : []));
		const frameworkFiles = await Promise.all(['framework.yaml', 'shared-competencies.yaml'].map((n) => readSourceFile(`${dirname(after.file)}/${n}`, { within })));
		const result = parseFramework([...sources, ...frameworkFiles.flatMap((r) => (r.file ? [r.file] : [])), fromRead.file!], { root: dirname(after.file), checkFileNames: false });
		old = valueOrReportErrors(result, io);
	} else old = frameworkAtVersionOrStop(current, ladderId, version, io);

	const before = findLadder(old, ladderId);
	if (!before || before.version !== version) throw new UsageError(`The old ladder is ${ladderId} ${before?.version ?? '(missing)'}, but the assessment was made on ${version}.`, 'migrate');
	const checked = parseAssessment(read.file!, old);
	const assessment = valueOrReport(checked, io);
	// The notes written into the file are in the reader's language, as what the command prints.
	const migrated = migrateAssessment(assessment, before, after, {
		...(options.current ? { current: options.current } : {}),
		...(options.target ? { target: options.target } : {}),
		messages: messagesOf(io),
	});
	// A level gone from the ladder needs the person's choice: --current or --target.
	if (!migrated.ok) throw new UsageError(`${migrated.problems.map((p) => p.message).join(' ')} Use --current and --target (levels: ${after.levels.map((l) => l.id).join(', ')}).`, 'migrate');
	const migration = migrated.value;
	// The author's file, changed only where migration changes it: comments, styles and wording stay.
	// Should an edit in place ever not read back as the migrated assessment, or removed content be
	// longer than the notes may hold (kept whole in a comment at the end), the file is written out
	// whole instead: losing the layout is better than losing content.
	const path = options.out ?? `${basename(file)} (migrated)`;
	const modeline = read.file!.text.split('\n')[0]!.startsWith('# yaml-language-server:') ? read.file!.text.split('\n')[0]! : undefined;
	let text = migration.removed === undefined ? rewriteAssessmentText(read.file!.text, migration.assessment) : '';
	const inPlace = migration.removed === undefined ? parseAssessment({ path, text }, current) : undefined;
	if (!inPlace?.ok || !isDeepStrictEqual(inPlace.value, migration.assessment)) text = stringifyAssessment(migration.assessment, modeline, migration.removed);
	// The result must load cleanly on the new version; anything else is a bug in migrate.
	const again = parseAssessment({ path, text }, current);
	if (!again.ok) throw new Error(`The migrated assessment does not validate:\n${formatProblems(again.problems)}`);

	if (options.out) await writeFileSafely(resolve(io.cwd, options.out), text, { force: options.force ?? false, command: 'migrate' });
	else io.stdout.write(text);
	const words = writerWords(io.locale);
	io.stderr.write(`${words.migrated({ file, from: before.version, to: after.version })}\n${migration.changes.filter((c) => c.kind !== 'kept').map((c) => `  - ${formatMessage(c, messagesOf(io))}\n`).join('') || `  - ${words.migrateUnchanged()}\n`}`);
	return EXIT.ok;
}

/**
 * An assessment already on the current version: nothing to migrate, unless it was written before the
 * rename (`matrix:` for `ladder:`, still read): then the key is renamed in place and nothing else moves.
 */
async function renameOnly(source: SourceFile, current: Framework, after: Ladder, file: string, options: MigrateOptions, io: Io): Promise<number> {
	const words = writerWords(io.locale);
	const assessment = valueOrReport(parseAssessment(source, current), io);
	const text = rewriteAssessmentText(source.text, assessment);
	if (text === source.text) {
		io.stderr.write(`${words.migrateNothing({ file, title: after.title, version: after.version })}\n`);
		return EXIT.ok;
	}
	if (options.out) await writeFileSafely(resolve(io.cwd, options.out), text, { force: options.force ?? false, command: 'migrate' });
	else io.stdout.write(text);
	io.stderr.write(`${words.migrateRenamed({ file, title: after.title, version: after.version })}\n`);
	return EXIT.ok;
}
