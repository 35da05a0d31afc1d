import type { ProgressCode } from './progress-catalogs.ts';
import type { ProgressReport } from '../schema/progress-report.ts';
import type { Words } from './common.ts';

type Row = ProgressReport['competencies'][number];

/** A rating as the report prints it: its label, or a dash when not rated. */
export const labelOf = (rating: Row['from']): string => rating?.label ?? '—';

/** "Developing → Meets", or just "Meets" when it did not move. */
export const moveOf = (row: Row): string => (row.movement === 'same' ? labelOf(row.to) : `${labelOf(row.from)} → ${labelOf(row.to)}`);

/** What moved, and since when the rating holds: "up, since 2026-03-31". */
export const movedWords = (w: Words<ProgressCode>, row: Row): string =>
	[w.say('progress.movement', { movement: row.movement }), row.since ? w.say('progress.heldSince', { date: w.say('report.date', { date: row.since }) }) : ''].filter(Boolean).join(', ');

/** The line under the title: how many assessments, over which dates, against which target. */
export const spanWords = (w: Words<ProgressCode>, report: ProgressReport): string =>
	w.say('progress.span', { count: report.points.length, first: report.points[0]!.date, last: report.points.at(-1)!.date, target: report.target.title });

/** A competency's name as the migration notes name it: from the report, else its id. */
export const competencyName = (report: ProgressReport, id: string | undefined): string => (id === undefined ? '' : (report.competencies.find((c) => c.id === id)?.name ?? id));

/** The goal line: the competency, the behaviour and, when set, the date aimed at. */
export const goalWords = (w: Words<ProgressCode>, goal: ProgressReport['goals'][number]): string =>
	w.say('progress.goalLine', { name: goal.name ?? goal.goal.competency, goal: goal.goal.goal ?? goal.goal.behaviour, by: goal.goal.by ?? null });

/** What happened to a goal, and the person's own status when they set one other than open. */
export const outcomeWords = (w: Words<ProgressCode>, goal: ProgressReport['goals'][number]): string =>
	[w.say('progress.outcome', { outcome: goal.outcome }), goal.goal.status && goal.goal.status !== 'open' ? w.say('progress.goalStatus', { status: goal.goal.status }) : ''].filter(Boolean).join(' · ');
