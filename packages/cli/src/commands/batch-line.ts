import { assess, parseAssessment, summariseGapReport, validateAssessment, type AssessOptions, type Framework } from '@rungs/core';

export interface BatchOptions extends AssessOptions {
	/** Whole gap reports instead of summaries. */
	full?: boolean;
}

/** One NDJSON input line as one output line: a report, or the located problems; nothing for a blank line. */
export function reportLine(n: number, text: string, framework: Framework, options: BatchOptions): { text: string; ok: boolean } | undefined {
	if (text.trim() === '') return undefined;
	let data: unknown;
	let parsed = true;
	try {
		data = JSON.parse(text);
	} catch {
		parsed = false;
	}
	const fast = parsed ? validateAssessment(data, framework, `line ${n}`) : undefined;
	// On any problem, check the raw line again so positions point into it.
	const result = fast?.ok ? fast : parseAssessment({ path: `line ${n}`, text }, framework);
	if (!result.ok) return { text: `${JSON.stringify({ line: n, ok: false, problems: result.problems })}\n`, ok: false };
	// A summary per line by default: the ladder's text would repeat in every line.
	const full = assess(framework, result.value, options);
	return { text: `${JSON.stringify({ line: n, ok: true, report: options.full ? full : summariseGapReport(full) })}\n`, ok: true };
}
