import { basename, dirname, relative, resolve } from 'node:path';
import { diffLadders, findLevel, formatMessage, identifySource, parseFramework, type Framework, type LadderDiff, type SourceFile } from '@rungs/core';
import { renderDiffMarkdown } from '@rungs/core/render';
import { readFolder, readSourceFile } from '@rungs/core/node';
import { findFrameworkDir } from '../find-framework.ts';
import { filesAtRevision } from '../git.ts';
import { EXIT, UsageError, type Io } from '../io.ts';
import { reportProblems, valueOrReportErrors } from '../load-for-cli.ts';
import { jsonText, visible } from '../visible.ts';
import { messagesOf } from '../language.ts';
import { cliWords } from '../cli-words.ts';
import { changedSources, type ChangedSource } from '@rungs/core/translate';
import { loadFrameworkCached } from '../ladder-cache.ts';

export const DIFF_HELP = `rungs diff <old.yaml> <new.yaml> [options]
rungs diff --since <git-rev> [paths…] [options]

A semantic diff of ladders, keyed by ids: levels, competencies and behaviour statements added,
removed, reworded or moved between levels; decision authority that changed; the version bump the
changes imply, with a warning when the file's version was not bumped accordingly; and the
translations (i18n/<language>/ beside the ladders) that a reworded text makes stale. The Markdown
output is written for a pull-request comment.

Options
  --since <git-rev>      compare the ladders in paths (default: matrices/) with that revision
  --format markdown|json                                  [markdown]
  --strict               exit 1 when a version bump is missing
  --lang en|fr           language of problems and reports   [LC_ALL, LC_MESSAGES or LANG; else en]
  -h, --help             this help

Examples
  rungs diff --since origin/main
  rungs diff old/support-representative.yaml matrices/support-representative.yaml
  rungs diff --since v1.0.0 matrices/senior-support-engineer.yaml --format json`;

/** The ladders of a folder, read by the one set of rules (links held to the folder); problems reported. */
async function folderSources(dir: string, io: Io): Promise<SourceFile[]> {
	const read = await readFolder(relative(io.cwd, dir) || '.', { names: /\.ya?ml$/i });
	reportProblems(read.problems, io);
	return read.sources;
}

/** A ladder file resolved against the folder it belongs to, or against `fallbackDir` when it stands alone. */
async function resolveLadderFile(file: string, fallbackDir: string | undefined, io: Io): Promise<{ framework: Framework; id: string }> {
	const read = await readSourceFile(file);
	reportProblems(read.problems, io);
	const id = identifySource(read.file!).id ?? basename(file).replace(/\.ya?ml$/i, '');
	const dir = findFrameworkDir(io.cwd, file, undefined) ?? fallbackDir;
	if (!dir) throw new UsageError(`No ladders folder found for \`${file}\`.`, 'diff');
	const others = (await folderSources(dir, io)).filter((s) => resolve(io.cwd, s.path) !== resolve(io.cwd, file) && basename(s.path).replace(/\.ya?ml$/i, '') !== id);
	const result = parseFramework([...others, read.file!], { root: relative(io.cwd, dir) || '.', checkFileNames: false });
	return { framework: valueOrReportErrors(result, io), id };
}

/**
 * The reworded texts whose translation (in the folder's i18n/, as it is now) the change makes stale;
 * `only` keeps one ladder's. Translations that do not load are left out: validate reports them.
 */
async function staleBy(before: Framework, after: Framework, dir: string, only: string | undefined, io: Io): Promise<ChangedSource[]> {
	const loaded = await loadFrameworkCached(relative(io.cwd, dir) || '.', io, { translations: true });
	if (!loaded.ok || !loaded.translations || loaded.translations.languages.length === 0) return [];
	return changedSources(before, after, loaded.translations).filter((c) => c.languages.length > 0 && (only === undefined || c.file === only));
}

export async function diffCommand(args: string[], options: { since?: string; format?: string; strict?: boolean }, io: Io): Promise<number> {
	const format = options.format ?? 'markdown';
	if (!['markdown', 'json'].includes(format)) throw new UsageError(`Unknown format \`${format}\`: use markdown or json.`, 'diff');
	const diffs: Array<{ diff: LadderDiff; framework: Framework }> = [];
	const notes: string[] = [];
	const stale: ChangedSource[] = [];

	if (options.since !== undefined) {
		const targets = args.length > 0 ? args : ['matrices'];
		for (const target of targets) {
			const isFolder = !/\.ya?ml$/i.test(target);
			const dir = isFolder ? target : dirname(target);
			const now = valueOrReportErrors(parseFramework(await folderSources(resolve(io.cwd, dir), io), { root: dir }), io);
			const old = filesAtRevision(options.since, relative(io.cwd, resolve(io.cwd, dir)) || '.', io.cwd, 'diff');
			reportProblems(old.problems, io);
			const before = parseFramework(old.sources, { root: `${options.since}:${dir}` });
			if (!before.ok) throw new UsageError(`The ladders in ${dir} at ${options.since} do not load, so there is nothing sound to compare with (${before.problems.length} problem(s)).`, 'diff');
			const only = isFolder ? undefined : basename(target).replace(/\.ya?ml$/i, '');
			for (const ladder of now.ladders) {
				if (only && ladder.id !== only) continue;
				const old = before.value.ladders.find((m) => m.id === ladder.id);
				if (old) diffs.push({ diff: diffLadders(old, ladder), framework: now });
				else notes.push(cliWords(io.locale).newLadder({ title: ladder.title, id: ladder.id, version: ladder.version }));
			}
			stale.push(...(await staleBy(before.value, now, resolve(io.cwd, dir), only, io)));
			for (const old of before.value.ladders) {
				if ((!only || old.id === only) && !now.ladders.some((m) => m.id === old.id)) notes.push(cliWords(io.locale).removedLadder({ title: old.title, id: old.id }));
			}
		}
	} else {
		if (args.length !== 2) throw new UsageError('Give two ladder files (old, then new), or --since <git-rev>.', 'diff');
		const after = await resolveLadderFile(args[1]!, undefined, io);
		const before = await resolveLadderFile(args[0]!, findFrameworkDir(io.cwd, args[1]!, undefined), io);
		if (before.id !== after.id) throw new UsageError(`These are two different ladders (\`${before.id}\` and \`${after.id}\`).`, 'diff');
		diffs.push({ diff: diffLadders(before.framework.ladders.find((m) => m.id === before.id)!, after.framework.ladders.find((m) => m.id === after.id)!), framework: after.framework });
		const dir = findFrameworkDir(io.cwd, args[1]!, undefined);
		if (dir) stale.push(...(await staleBy(before.framework, after.framework, dir, after.id, io)));
	}

	if (format === 'json') io.stdout.write(`${jsonText({ diffs: diffs.map((d) => d.diff), notes, staleTranslations: stale }, 2)}\n`);
	else {
		const levelTitle = (ladder: string, level: string) => {
			const found = diffs.find((d) => d.diff.ladder === ladder)?.framework.ladders.find((m) => m.id === ladder);
			return (found && findLevel(found, level)?.title) ?? level;
		};
		const body = diffs.length > 0 ? renderDiffMarkdown(diffs.map((d) => d.diff), { levelTitle, messages: messagesOf(io) }) : `${cliWords(io.locale).noLadderChanged()}\n`;
		const translations = stale.length > 0 ? `\n${cliWords(io.locale).staleTranslations(stale)}` : '';
		io.stdout.write(visible(`${notes.map((n) => `${n}\n`).join('')}${notes.length > 0 ? '\n' : ''}${body}${translations}`));
	}
	const short = diffs.filter((d) => !d.diff.bump.sufficient);
	for (const { diff } of short) {
		io.stderr.write(`${cliWords(io.locale).bumpTooSmall({ ladder: diff.ladder, implied: diff.bump.implied, reasons: diff.bump.reasons.map((reason) => formatMessage({ code: 'diff.reason', params: reason }, messagesOf(io))), from: diff.fromVersion, to: diff.toVersion })}\n`);
	}
	return options.strict && short.length > 0 ? EXIT.problems : EXIT.ok;
}
