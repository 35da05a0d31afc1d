import { relative } from 'node:path';
import { findLadder, identifySource, parseAssessment, type Framework, type ReadinessRule, type ValidatedAssessment } from '@rungs/core';
import { readSourceFile } from '@rungs/core/node';
import { goalsSection, trackProgress, type EarlierAssessment, type GrowthPlan, type ProgressReport } from '@rungs/core/team';
import { translateFramework } from '@rungs/core/translate';
import { parse } from 'yaml';
import { findFrameworkDir } from '../find-framework.ts';
import { UsageError, type Io } from '../io.ts';
import { loadFrameworkCached } from '../ladder-cache.ts';
import { frameworkAtVersion } from '../ladder-history.ts';
import { messagesOf } from '../language.ts';
import { reportProblems, valueOrReport } from '../load-for-cli.ts';
import { writeFileSafely } from '../write-file.ts';
import { writerWords } from '../writer-words.ts';

/**
 * The ladders as they stood at an older version, in the language of the framework the report
 * speaks: a ladder compared with its own translation would look changed everywhere. What the
 * translation does not cover (a text since reworded) stays as written, and so reads as changed.
 */
async function inSameLanguage(old: Framework, framework: Framework, file: string, ladders: string | undefined, io: Io): Promise<Framework> {
	if (old.language === framework.language) return old;
	const dir = findFrameworkDir(io.cwd, file, ladders)!;
	const loaded = await loadFrameworkCached(relative(io.cwd, dir) || '.', io, { translations: true });
	return loaded.ok && loaded.translations ? translateFramework(old, loaded.translations, framework.language).framework : old;
}

/**
 * The assessments of `--since`, each checked against the ladder it was made on: the current one
 * when its version is the same, else the version found in the git history of the ladder's file
 * (to migrate it onto the current one). When git has no such version, it is checked against the
 * current ladder, and the report says it was read without migrating.
 */
async function loadEarlier(paths: readonly string[], framework: Framework, file: string, ladders: string | undefined, io: Io): Promise<EarlierAssessment[]> {
	const earlier: EarlierAssessment[] = [];
	for (const path of paths) {
		const read = await readSourceFile(path);
		reportProblems(read.problems, io);
		const source = read.file!;
		const made = identifySource(source).ladder;
		const id = made?.id;
		const now = id === undefined ? undefined : findLadder(framework, id);
		let against = framework;
		if (id !== undefined && made?.version && now && made.version !== now.version) {
			// Outside a git repository there is no history to look in: the current ladder it is.
			let old: Framework | undefined;
			try {
				old = frameworkAtVersion(framework, id, made.version, io, 'gap');
			} catch {
				old = undefined;
			}
			if (old) against = await inSameLanguage(old, framework, file, ladders, io);
		}
		const assessment = valueOrReport(parseAssessment(source, against), io);
		const ladder = against === framework || id === undefined ? undefined : findLadder(against, id);
		earlier.push({ assessment, source, ...(ladder ? { ladder } : {}) });
	}
	return earlier;
}

/** Progress from the `--since` assessments to the latest: what `rungs gap --since` prints, or its JSON. */
export async function progressSince(
	framework: Framework,
	latest: { file: string; assessment: ValidatedAssessment },
	since: readonly string[],
	options: { matrices?: string | undefined; target?: string | { ladder: string; level: string } | undefined; rule?: ReadinessRule | undefined },
	io: Io,
): Promise<ProgressReport> {
	const earlier = await loadEarlier(since, framework, latest.file, options.matrices, io);
	const assessOptions = { ...(options.rule ? { rule: options.rule } : {}), ...(options.target ? { target: options.target } : {}) };
	return valueOrReport(trackProgress(framework, latest.assessment, earlier, assessOptions), io);
}

/**
 * Writes a growth plan's goals into the assessment file it was drawn from, after what is there, so
 * that the next assessment reads them back with `--since`. A file that has goals already is left
 * as it is: they are the person's, to edit by hand.
 */
export async function writeGoals(file: string, plan: GrowthPlan, framework: Framework, io: Io): Promise<void> {
	const read = await readSourceFile(file);
	reportProblems(read.problems, io);
	const text = read.file!.text;
	const data: unknown = parse(text);
	if (data !== null && typeof data === 'object' && 'goals' in data) throw new UsageError(`${file} has goals already: edit them there, or remove them to write the plan's.`, 'gap');
	if (plan.steps.length === 0) throw new UsageError(`${file}: nothing stands in the way and every rating is at the target, so the plan has no goal to write.`, 'gap');
	const written = `${text}${text.endsWith('\n') ? '' : '\n'}\n${goalsSection(plan, { messages: messagesOf(io) })}`;
	// What is written must load as it did, with its goals: anything else is a bug here, not the person's.
	valueOrReport(parseAssessment({ path: file, text: written }, framework), io);
	await writeFileSafely(file, written, { force: true, command: 'gap' });
	io.stderr.write(`${writerWords(io.locale).goalsWritten({ file, count: plan.steps.length })}\n`);
}
