import { formatProblems } from '@rungs/core';
import { renderTeamSummary, REPORT_FORMATS, type ReportFormat } from '@rungs/core/render';
import { startTeamSummary } from '@rungs/core/team';
import { frameworkFor, frameworkInLanguage, valueOrReport } from '../load-for-cli.ts';
import { EXIT, UsageError, useColor, type Io } from '../io.ts';
import { messagesOf } from '../language.ts';
import { escapeJson, visible } from '../visible.ts';
import { feedTeam, type Rejected } from './team-input.ts';
import { startBatchPool } from './batch-workers.ts';

export const TEAM_HELP = `rungs team <folder | -> [options]

A team at a glance, from many assessments: every file under a folder, or NDJSON on standard input
with \`-\` (one assessment per line, as \`rungs gap --batch\` reads it). Per person, readiness against
their own target; per competency, how many people have each rating and the share at target; the
competencies where the team is weakest and strongest, where evidence is thin, and where a person's
self-assessment and their manager's disagree most. A person with several assessments (matched by
\`person.id\`, else by name) gets one row, read from the manager's latest, else their own, else a
peer's. Advice for conversations, never promotion verdicts.

Inputs with problems are left out of the summary; their problems go to standard error. Memory
grows with the number of people, not with the input: 10,000 assessments stream through. The work
is spread over worker threads as for \`gap --batch\` (RUNGS_THREADS=<n>; 0: none).

Options
  --format text|markdown|json|html  [text]; json matches schemas/team-summary.schema.json,
                                    html is a page that also survives email
  --matrices <dir>                  the ladders (default: found from the folder)
  --lang en|fr                      language of problems and the summary   [LC_ALL, LC_MESSAGES or LANG; else en]
  -h, --help                        this help

Exit codes: 0 summary printed, 1 some input has problems (the summary covers the rest), 2 usage error.

Examples
  rungs team matrices/examples
  rungs team matrices/examples --format html > team.html
  rungs team - --format json < organisation.ndjson`;

export interface TeamOptions {
	format?: string;
	matrices?: string;
}

/** How many rejected inputs have their problems printed in full; the rest are counted. */
const SHOWN_REJECTIONS = 20;

export async function teamCommand(positionals: string[], options: TeamOptions, io: Io): Promise<number> {
	if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'Give the folder of assessments, or `-` for NDJSON on standard input.' : 'Give one folder, or `-` for standard input.', 'team');
	const format = (options.format ?? 'text') as ReportFormat;
	if (!REPORT_FORMATS.includes(format)) throw new UsageError(`Unknown format \`${format}\`: use ${REPORT_FORMATS.join(', ')}.`, 'team');
	const source = positionals[0]!;
	// A summary for people names ladders, levels and competencies in their language when the ladders are translated; JSON stays as written.
	const folder = source === '-' ? undefined : source;
	// Worker threads start before the ladders load, so their own start-up overlaps it (none for a small file).
	const pool = startBatchPool(source, io.env, io.stdin);
	const shown: Rejected[] = [];
	let rejected = 0;
	let tally: ReturnType<typeof startTeamSummary>;
	try {
		const framework = format === 'json' ? await frameworkFor(folder, options.matrices, io, 'team') : await frameworkInLanguage(folder, options.matrices, io, 'team');
		tally = startTeamSummary(framework);
		await feedTeam(
			source,
			framework,
			io,
			{
				report: (summary) => {
					const added = tally.add(summary);
					// A summary the batch path made is always one of this framework; a refusal here is a bug.
					if (!added.ok) throw new Error(`The team tally refused a batch summary: ${added.problems[0]?.message}`);
				},
				rejected: (input) => {
					rejected++;
					if (shown.length < SHOWN_REJECTIONS) shown.push(input);
				},
			},
			pool,
		);
	} finally {
		// Ladders that do not load stop the command before the batch: its threads stop too.
		await pool?.close();
	}
	const messages = messagesOf(io);
	const color = useColor(io.stdout, io.env);
	const text = valueOrReport(renderTeamSummary(tally.summary(), format, { color, messages }), io);
	io.stdout.write(format === 'json' ? escapeJson(text) : format === 'html' ? text : visible(text, color));
	if (rejected > 0) {
		const problems = shown.flatMap((input) => input.problems);
		if (problems.length > 0) io.stderr.write(`${formatProblems(problems, { color: useColor(io.stderr, io.env), messages })}\n`);
		io.stderr.write(`${messages['team.skipped']({ count: rejected })}\n`);
		return EXIT.problems;
	}
	return EXIT.ok;
}
