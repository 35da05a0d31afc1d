import type { Framework } from '../model/framework.ts';
import { findLevel, findLadder } from '../model/queries.ts';
import type { GapReport, Headline } from '../schema/gap-report.ts';
import type { GapSummary } from '../schema/gap-summary.ts';
import { GAP_REPORT_FORMAT, GAP_SUMMARY_FORMAT } from '../schema/formats.ts';

/** A rank meaning "this competency is not part of the target", beside -1 for "not rated". */
export const NOT_EXPECTED = -2;
export const UNRATED = -1;
/** Statuses as small numbers, so that a team of thousands stays a few arrays of bytes. */
export const STATUS_ORDER = ['exceeds', 'meets', 'below', 'unrated'] as const;

/** Every competency of the framework's ladders, once each (shared ones share an id), in ladder order. */
export interface CompetencyIndex {
	ids: string[];
	names: string[];
	position: Map<string, number>;
}

export function indexCompetencies(framework: Framework): CompetencyIndex {
	const index: CompetencyIndex = { ids: [], names: [], position: new Map() };
	for (const ladder of framework.ladders)
		for (const c of ladder.competencies) {
			if (index.position.has(c.id)) continue;
			index.position.set(c.id, index.ids.length);
			index.ids.push(c.id);
			index.names.push(c.name);
		}
	return index;
}

/**
 * One report, reduced to what a team summary needs: who, towards what, the readiness in brief and,
 * per competency of the index, the rating's rank, the status and the number of evidence items.
 */
export interface CompactReport {
	person: { name: string; id?: string };
	assessor: { role: 'self' | 'manager' | 'peer'; name?: string };
	date: string;
	current: { ladder: string; level: string };
	target: { ladder: string; level: string };
	meetsRule: boolean;
	headline: Headline;
	blockers: number;
	counts: { exceeds: number; meets: number; below: number; unrated: number };
	ranks: Int8Array;
	statuses: Uint8Array;
	evidence: Uint16Array;
	meta?: Record<string, string>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const isText = (value: unknown): value is string => typeof value === 'string';
const ROLES = new Set(['self', 'manager', 'peer']);

/**
 * A gap report or gap summary as a compact report, or undefined when it is not one of this
 * framework (unknown format, ladder, level or competency, or the wrong shape): a report is data a
 * host passes in, so every field is checked before it is read.
 */
export function compactReport(framework: Framework, index: CompetencyIndex, value: unknown): CompactReport | undefined {
	if (!isRecord(value) || (value.format !== GAP_REPORT_FORMAT && value.format !== GAP_SUMMARY_FORMAT)) return undefined;
	const report = value as unknown as GapReport | GapSummary;
	const { person, assessor, current, target, readiness, competencies } = report;
	if (!isRecord(person) || !isText(person.name) || (person.id !== undefined && !isText(person.id))) return undefined;
	if (!isRecord(assessor) || !ROLES.has(assessor.role as string) || !isText(report.date)) return undefined;
	if (!isRecord(current) || !isRecord(target) || !isText(current.ladder) || !isText(current.level) || !isText(target.ladder) || !isText(target.level)) return undefined;
	const ladder = findLadder(framework, target.ladder);
	if (!ladder || !findLevel(ladder, target.level) || !findLadder(framework, current.ladder)) return undefined;
	if (!isRecord(readiness) || typeof readiness.meetsRule !== 'boolean' || !Array.isArray(readiness.blockers) || !isRecord(readiness.counts) || !isRecord(readiness.headline)) return undefined;
	if (!Array.isArray(competencies)) return undefined;
	const size = index.ids.length;
	const ranks = new Int8Array(size).fill(NOT_EXPECTED);
	const statuses = new Uint8Array(size).fill(STATUS_ORDER.length - 1);
	const evidence = new Uint16Array(size);
	const counts = { exceeds: 0, meets: 0, below: 0, unrated: 0 };
	for (const line of competencies as unknown[]) {
		if (!isRecord(line) || !isText(line.id)) return undefined;
		const at = index.position.get(line.id);
		const status = STATUS_ORDER.indexOf(line.status as (typeof STATUS_ORDER)[number]);
		if (at === undefined || status === -1 || !isRecord(line.evidence)) return undefined;
		// A full report gives the rating as an object and the evidence as a list; a summary as an id and a count.
		const ratingId = isRecord(line.rating) ? line.rating.id : line.rating;
		const rank = ratingId === null || ratingId === undefined ? UNRATED : framework.scale.values.findIndex((v) => v.id === ratingId);
		if (rank === NOT_EXPECTED || (rank === -1 && ratingId !== null && ratingId !== undefined)) return undefined;
		const items = Array.isArray(line.evidence.items) ? line.evidence.items.length : line.evidence.items;
		if (typeof items !== 'number' || !Number.isInteger(items) || items < 0) return undefined;
		ranks[at] = rank;
		statuses[at] = status;
		evidence[at] = Math.min(items, 0xffff);
		counts[STATUS_ORDER[status]!]++;
	}
	return {
		person: { name: person.name, ...(person.id !== undefined ? { id: person.id } : {}) },
		assessor: { role: assessor.role, ...(isText(assessor.name) ? { name: assessor.name } : {}) },
		date: report.date,
		current: { ladder: current.ladder, level: current.level },
		target: { ladder: target.ladder, level: target.level },
		meetsRule: readiness.meetsRule,
		headline: readiness.headline as Headline,
		blockers: readiness.blockers.length,
		counts,
		ranks,
		statuses,
		evidence,
		...(isRecord(report.meta) ? { meta: { ...(report.meta as Record<string, string>) } } : {}),
	};
}
