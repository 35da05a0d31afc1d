import { parseAssessment, parseAssessmentPair, sortProblems, type Framework, type Problem, type Result, type ValidatedAssessment } from '@rungs/core';
import { readSourceFile } from '@rungs/core/node';

/**
 * Several assessments of one person, each checked, and each checked against the first to be of
 * the same person, ladder and target, a difference located in the file that differs. The first
 * file's own problems are reported once, not once per pair.
 */
export async function loadAssessors(paths: readonly string[], framework: Framework): Promise<Result<ValidatedAssessment[]>> {
	const sources = await Promise.all(paths.map((path) => readSourceFile(path)));
	const unread = sources.flatMap((s) => s.problems);
	if (sources.some((s) => !s.file)) return { ok: false, problems: sortProblems(unread) };
	const [first, ...rest] = sources.map((s) => s.file!);
	const base = parseAssessment(first!, framework);
	if (!base.ok) return base;
	const problems: Problem[] = [];
	const warnings: Problem[] = [...base.warnings];
	const found: ValidatedAssessment[] = [base.value];
	for (const other of rest) {
		const pair = parseAssessmentPair(first!, other, framework);
		const own = (list: readonly Problem[]) => list.filter((p) => p.file !== first!.path);
		if (pair.ok) (found.push(pair.value[1]), warnings.push(...own(pair.warnings)));
		else problems.push(...own(pair.problems));
	}
	return problems.length > 0 ? { ok: false, problems: sortProblems(problems) } : { ok: true, value: found, warnings };
}
