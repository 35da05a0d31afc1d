import { compareAssessments, findLadder, assess, targetOf, type Assessment, type Framework, type Ladder, type ReadinessRule } from '@rungs/core';
import { READINESS_RULE_IDS } from '@rungs/core/schema';
import { renderAssessors, renderCalibration, renderGapEmail, renderGapReport, REPORT_FORMATS, type ReportFormat } from '@rungs/core/render';
import { compareAssessors, planGrowth } from '@rungs/core/team';
import { progressSince, writeGoals } from './gap-progress.ts';
import { loadAssessment, loadAssessmentPair } from '@rungs/core/node';
import { frameworkFor, frameworkInLanguage, valueOrReport } from '../load-for-cli.ts';
import { EXIT, UsageError, useColor, type Io } from '../io.ts';
import { gapBatch } from './gap-batch.ts';
import { startBatchPool } from './batch-workers.ts';
import { loadAssessors } from './load-assessors.ts';
import { mimeMessage } from './email-message.ts';
import { escapeJson, visible } from '../visible.ts';
import { messagesOf } from '../language.ts';

export const GAP_HELP = `rungs gap <assessment> [options]
rungs gap <assessment> --since <earlier> [--since <earlier> …] [--plan [--write-goals]]
rungs gap <self> --compare <manager> [<peer> …] [options]
rungs gap --batch <folder | -> [options]

Measures an assessment against its target level: per competency the rating, the behaviours still
to show and the evidence, then a readiness summary under a documented rule. Advice for a
conversation, never a promotion verdict. With --compare, sets two assessments of the same person
side by side (self and manager), largest disagreements first; with more files after it
(peers, a 360), every assessor's rating per competency, with its evidence and the spread between the
lowest and the highest, widest spreads first (schemas/assessors-report.schema.json as JSON). With
--since, a "Since last time" section follows: per competency what moved since the earlier
assessment, since when each rating holds, the evidence added, a timeline of every date, and the
earlier assessment's goals with what happened to each (schemas/progress-report.schema.json as
JSON). An earlier assessment made on an older version of the ladder is migrated onto the current
one first, from the ladder's git history, and the report says what that changed. With --plan, a
"What to work on next" section proposes the next behaviours (blockers first, then the nearest
gains), with the evidence that would show each (schemas/growth-plan.schema.json as JSON);
--write-goals writes them into the assessment file as its \`goals\`, for the person to put in their
own words with a date. With --batch, reports on many
assessments (every file under a folder, or NDJSON on standard input with \`-\`) and streams one JSON
line per input: {"line"|"file", "ok": true, "report"} or {"line"|"file", "ok": false, "problems"}.
The report is a gap summary (schemas/gap-summary.schema.json: statuses, ratings and statement ids,
without the ladder's text); --full writes whole gap reports instead. In a batch, --target <level>
means that level of each input's own ladder; an input whose ladder has no such level gets its own
problem line. The work is spread over worker threads, one per core; RUNGS_THREADS=<n> sets how many
(0: none).

Options
  --target <level|ladder:level>   another target than the assessment's own
  --rule <rule>                   all-at-target, n-of-m or weighted-points   [the ladder's rule]
  --min-share <0..1>              the share the n-of-m or weighted-points rule asks for
  --format text|markdown|json|html|email  [text]; email: one gap report as a whole email message
                                  (plain text and HTML that mail clients keep), to send or open as .eml
  --batch <folder | ->            many assessments in, one JSON line per assessment out
  --full                          with --batch: whole gap reports, not summaries
  --compare <assessment> [more…]  calibrate against a second assessment, or several
  --since <assessment>            an earlier assessment of the same person; repeat for a timeline
  --plan                          propose the next behaviours to work on
  --write-goals                   with --plan: write them into the assessment file as its goals
  --matrices <dir>                the ladders (default: found from the assessment's folder)
  --lang en|fr                    language of problems and reports   [LC_ALL, LC_MESSAGES or LANG; else en]
  -h, --help                      this help

Exit codes: 0 report printed, 1 the input has errors (in a batch: any input), 2 usage error.

Examples
  rungs gap matrices/examples/representative-ready-for-senior.yaml
  rungs gap matrices/examples/representative-ready-for-senior.yaml --target product-support-engineer:engineer --format markdown
  rungs gap matrices/examples/new-representative.yaml --rule all-at-target --format json
  rungs gap matrices/examples/new-representative.yaml --lang fr
  rungs gap matrices/examples/new-representative.yaml --format email > report.eml
  rungs gap matrices/examples/engineer-aiming-senior-self.yaml --compare matrices/examples/engineer-aiming-senior-manager.yaml
  rungs gap me.yaml --compare manager.yaml peer.yaml --format markdown
  rungs gap matrices/examples/representative-ready-for-senior.yaml --since matrices/examples/history/representative-ready-for-senior-2026-06.yaml
  rungs gap me.yaml --plan --write-goals
  rungs gap --batch - < organisation.ndjson > reports.ndjson`;

export interface GapOptions {
	target?: string;
	rule?: string;
	'min-share'?: string;
	format?: string;
	/** A second assessment; more come as further files (`--compare b.yaml c.yaml`) or repeated flags. */
	compare?: string | string[];
	matrices?: string;
	batch?: string;
	full?: boolean;
	/** Earlier assessments of the same person: progress since each. */
	since?: string | string[];
	plan?: boolean;
	'write-goals'?: boolean;
}

/** The rule the options ask for: the ladder's own parameters when it already uses that rule. */
export function ruleFromOptions(options: GapOptions, ladderRule: ReadinessRule, framework: Framework): ReadinessRule | undefined {
	if (options.rule === undefined && options['min-share'] === undefined) return undefined;
	const id = options.rule ?? ladderRule.rule;
	if (!(READINESS_RULE_IDS as readonly string[]).includes(id)) {
		throw new UsageError(`Unknown rule \`${id}\`: use ${READINESS_RULE_IDS.join(', ')}.`, 'gap');
	}
	let minShare: number | undefined;
	if (options['min-share'] !== undefined) {
		minShare = Number(options['min-share']);
		if (!(minShare > 0 && minShare <= 1)) throw new UsageError(`--min-share must be a number above 0 and at most 1, not \`${options['min-share']}\`.`, 'gap');
	}
	const base = ladderRule.rule === id ? ladderRule : undefined;
	if (id === 'all-at-target') return { rule: 'all-at-target', requireEvidence: base?.requireEvidence ?? false };
	if (id === 'n-of-m') {
		const floor = base?.rule === 'n-of-m' ? base.floor : framework.scale.values[1]?.id;
		return { rule: 'n-of-m', minShare: minShare ?? (base?.rule === 'n-of-m' ? base.minShare : 0.75), ...(floor ? { floor } : {}), requireEvidence: base?.requireEvidence ?? false };
	}
	return {
		rule: 'weighted-points',
		minShare: minShare ?? (base?.rule === 'weighted-points' ? base.minShare : 0.8),
		...(base?.rule === 'weighted-points' && base.points ? { points: base.points } : {}),
		requireEvidence: base?.requireEvidence ?? false,
	};
}

function parseTarget(target: string | undefined): string | { ladder: string; level: string } | undefined {
	if (target === undefined) return undefined;
	const [first, second, ...rest] = target.split(':');
	if (rest.length > 0 || !first || second === '') throw new UsageError(`--target is a level id or ladder:level, not \`${target}\`.`, 'gap');
	return second === undefined ? first : { ladder: first, level: second };
}

export async function gapCommand(files: string[], options: GapOptions, io: Io): Promise<number> {
	if (options.batch !== undefined) {
		if (files.length > 0 || options.compare !== undefined) throw new UsageError('--batch takes its input from the folder or standard input it names; give no other file.', 'gap');
		if (options.format !== undefined && options.format !== 'json') throw new UsageError('--batch writes JSON lines; --format does not apply.', 'gap');
		if (options.since !== undefined || options.plan || options['write-goals']) throw new UsageError('--since and --plan report on one assessment; --batch reports on many, one line each.', 'gap');
		const pool = startBatchPool(options.batch, io.env, io.stdin);
		try {
			// JSON lines are data for a program: the ladders' texts as written, whatever the reader's language.
			const framework = await frameworkFor(options.batch === '-' ? undefined : options.batch, options.matrices, io, 'gap');
			const target = parseTarget(options.target);
			checkBatchTarget(framework, target);
			// --rule and --min-share adjust each target ladder's own rule, as they do for one assessment.
			const rules = options.rule !== undefined || options['min-share'] !== undefined ? Object.fromEntries(framework.ladders.map((m) => [m.id, ruleFromOptions(options, m.readiness, framework)!])) : undefined;
			return await gapBatch(options.batch, framework, { ...(rules ? { rules } : {}), ...(target ? { target } : {}), full: options.full ?? false }, io, pool);
		} finally {
			// Bad ladders or a bad --target stop the command before the batch: its threads stop too.
			await pool?.close();
		}
	}
	if (options.full) throw new UsageError('--full applies to --batch only.', 'gap');
	const compare = options.compare === undefined ? [] : [options.compare].flat();
	if (files.length === 0 || (files.length > 1 && compare.length === 0)) throw new UsageError(files.length === 0 ? 'Give the assessment file to report on.' : 'Give one assessment file (use --compare for a second).', 'gap');
	const format = (options.format ?? 'text') as ReportFormat;
	// `email` is one gap report as a whole message (plain text and HTML); the other formats are every report's.
	const email = options.format === 'email';
	if (!REPORT_FORMATS.includes(format) && !email) throw new UsageError(`Unknown format \`${format}\`: use ${REPORT_FORMATS.join(', ')} or email.`, 'gap');
	if (email && compare.length > 0) throw new UsageError('--format email writes one assessment\'s gap report; a calibration has text, markdown, json and html.', 'gap');
	const since = options.since === undefined ? [] : [options.since].flat();
	const planned = options.plan === true || options['write-goals'] === true;
	if ((since.length > 0 || planned) && compare.length > 0) throw new UsageError('--since and --plan report on one assessment; --compare sets several side by side.', 'gap');
	if ((since.length > 0 || planned) && email) throw new UsageError('--format email writes the gap report alone; use text, markdown or html with --since and --plan.', 'gap');
	if (since.length > 0 && planned && format === 'json') throw new UsageError('--format json writes one document: the progress report (--since) or the growth plan (--plan), not both.', 'gap');
	const file = files[0]!;
	// A report for people names levels and competencies in their language when the ladders are translated; JSON stays as written.
	const framework = format === 'json' ? await frameworkFor(file, options.matrices, io, 'gap') : await frameworkInLanguage(file, options.matrices, io, 'gap');
	const target = parseTarget(options.target);
	const color = useColor(io.stdout, io.env);

	// Files after the first, with --compare, are further assessors: a calibration of several.
	const others = [...compare, ...files.slice(1)];
	if (others.length > 1) {
		const assessments = valueOrReport(await loadAssessors([file, ...others], framework), io);
		checkTarget(framework, target, assessments[0]!.ladder.id);
		const rule = ruleFromOptions(options, targetLadder(framework, assessments[0]!, target).readiness, framework);
		const report = valueOrReport(compareAssessors(framework, assessments, { ...(rule ? { rule } : {}), ...(target ? { target } : {}) }), io);
		io.stdout.write(shown(valueOrReport(renderAssessors(report, format, { color, messages: messagesOf(io) }), io), format, color));
		return EXIT.ok;
	}
	if (others.length === 1) {
		const pair = await loadAssessmentPair(file, others[0]!, framework);
		const [first, second] = valueOrReport(pair, io);
		checkTarget(framework, target, first.ladder.id);
		const rule = ruleFromOptions(options, targetLadder(framework, first, target).readiness, framework);
		const report = valueOrReport(compareAssessments(framework, first, second, { ...(rule ? { rule } : {}), ...(target ? { target } : {}) }), io);
		io.stdout.write(shown(valueOrReport(renderCalibration(report, format, { color, messages: messagesOf(io) }), io), format, color));
		return EXIT.ok;
	}

	const loaded = await loadAssessment(file, framework);
	const assessment = valueOrReport(loaded, io);
	checkTarget(framework, target, assessment.ladder.id);
	const rule = ruleFromOptions(options, targetLadder(framework, assessment, target).readiness, framework);
	const report = valueOrReport(assess(framework, assessment, { ...(rule ? { rule } : {}), ...(target ? { target } : {}) }), io);
	const progress = since.length > 0 ? await progressSince(framework, { file, assessment }, since, { matrices: options.matrices, target, rule }, io) : undefined;
	const plan = planned ? valueOrReport(planGrowth(framework, report), io) : undefined;
	if (plan && options['write-goals']) await writeGoals(file, plan, framework, io);
	if (format === 'json' && (progress || plan)) {
		io.stdout.write(escapeJson(`${JSON.stringify(progress ?? plan, null, 2)}\n`));
		return EXIT.ok;
	}
	if (email) {
		io.stdout.write(mimeMessage(valueOrReport(renderGapEmail(report, { messages: messagesOf(io) }), io)));
		return EXIT.ok;
	}
	const sections = { ...(progress ? { since: progress } : {}), ...(plan ? { plan } : {}) };
	io.stdout.write(shown(valueOrReport(renderGapReport(report, format, { color, messages: messagesOf(io), ...sections }), io), format, color));
	return EXIT.ok;
}

/** A report as printed: JSON with invisible characters escaped, text and Markdown with them named. */
function shown(text: string, format: ReportFormat, color: boolean): string {
	if (format === 'json') return escapeJson(text);
	// HTML is for a browser, and its renderer escapes what it writes.
	if (format === 'html') return text;
	return visible(text, color);
}

/** The ladder an assessment is measured against: the one `--target` names, or its own target's. */
function targetLadder(framework: Framework, assessment: Assessment, target: ReturnType<typeof parseTarget>): Ladder {
	return findLadder(framework, targetOf(target === undefined ? assessment : { ladder: assessment.ladder, target }).ladder)!;
}

/** A batch spans ladders: a plain level must be a level of one of them; each input whose ladder lacks it is reported on its own. */
function checkBatchTarget(framework: Framework, target: ReturnType<typeof parseTarget>): void {
	if (typeof target !== 'string') return checkTarget(framework, target, '');
	if (framework.ladders.some((m) => m.levels.some((l) => l.id === target))) return;
	const levels = framework.ladders.map((m) => `${m.id}: ${m.levels.map((l) => l.id).join(', ')}`).join('; ');
	throw new UsageError(`--target: no ladder has a level \`${target}\`. Levels: ${levels}.`, 'gap');
}

function checkTarget(framework: Framework, target: ReturnType<typeof parseTarget>, ladderId: string): void {
	if (target === undefined) return;
	const ref = typeof target === 'string' ? { ladder: ladderId, level: target } : target;
	const ladder = findLadder(framework, ref.ladder);
	if (!ladder) throw new UsageError(`--target: unknown ladder \`${ref.ladder}\`. Ladders: ${framework.ladders.map((m) => m.id).join(', ')}.`, 'gap');
	if (!ladder.levels.some((l) => l.id === ref.level)) {
		throw new UsageError(`--target: \`${ref.ladder}\` has no level \`${ref.level}\`. Levels: ${ladder.levels.map((l) => l.id).join(', ')}.`, 'gap');
	}
}
