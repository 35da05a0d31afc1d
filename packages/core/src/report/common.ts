import type { CompetencyGap, GapReport } from '../schema/gap-report.ts';

export const DISCLAIMER = 'This report is advice for a conversation, never a promotion decision.';

export const STATUS_WORDS: Record<CompetencyGap['status'], string> = {
	exceeds: 'exceeds',
	meets: 'meets',
	below: 'below',
	unrated: 'not rated',
};

export const assessorWords = (report: Pick<GapReport, 'assessor'>) =>
	report.assessor.role === 'self' ? 'self-assessment' : `${report.assessor.role}'s assessment${report.assessor.name ? ` by ${report.assessor.name}` : ''}`;

export const moveWords = (report: GapReport) =>
	report.roleSwitch
		? `${report.current.matrixTitle}: ${report.current.title} (${report.current.band}) → ${report.target.matrixTitle}: ${report.target.title} (${report.target.band})`
		: `${report.current.matrixTitle}: ${report.current.title} (${report.current.band}) → ${report.target.title} (${report.target.band})`;

/** Competencies grouped by category name, in report order. */
export function byCategory(report: GapReport): Array<[string, CompetencyGap[]]> {
	const groups = new Map<string, CompetencyGap[]>();
	for (const gap of report.competencies) {
		const list = groups.get(gap.categoryName) ?? [];
		list.push(gap);
		groups.set(gap.categoryName, list);
	}
	return [...groups];
}

export const evidenceWords = (gap: CompetencyGap) =>
	gap.evidence.items.length > 0
		? `${gap.evidence.items.length} evidence item${gap.evidence.items.length === 1 ? '' : 's'}`
		: gap.evidence.coverage === 'claimed'
			? 'claimed, no evidence'
			: 'no evidence';

/** Short tags for a competency line: required, and where it stands in a role switch. */
export const gapTags = (report: GapReport, gap: CompetencyGap): string[] =>
	[gap.required ? 'required' : '', report.roleSwitch ? (gap.inCurrentLadder ? 'carries over' : 'new in this role') : '', gap.reassess ? 're-assess' : ''].filter(Boolean);

/** An evidence item in one line: the summary, then its date and kind. */
export const evidenceLine = (item: CompetencyGap['evidence']['items'][number]): string => {
	const meta = [item.date, item.kind].filter(Boolean).join(', ');
	return `${item.summary.replace(/\s+/g, ' ').trim()}${meta ? ` (${meta})` : ''}${item.url ? ` <${item.url}>` : ''}`;
};
