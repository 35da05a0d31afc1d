import type { CompetencyGap, GapReport } from '../schema/gap-report.ts';
import { resolveMessages, say, type Catalog, type Message, type MessageCode, type MessageParams, type Messages } from '../messages/catalog.ts';
import { formatMessage } from '../messages/format-message.ts';
import { englishReport, type ReportCode } from '../messages/english-report.ts';

/** What every renderer takes: a message catalog for its words (codes it leaves out stay English). */
export interface MessageOptions {
	/** Your catalog, whole or in part; see `englishMessages` for every code and its parameters. */
	messages?: Partial<Messages>;
}

/** The words a renderer prints, from the caller's catalog with English for what it leaves out. */
export interface Words<C extends MessageCode = ReportCode> {
	/** One code with its typed parameters, in words. */
	say: <K extends C>(code: K, params: MessageParams[K]) => string;
	/** A message stored in a report (`{ code, params }`), in words. */
	message: (message: Message) => string;
}

/**
 * A renderer's words: the caller's catalog for the codes it has, the renderer's own English
 * (`english`: the report words, plus a team summary's, a diff's… words) for the rest. A page that
 * renders gap reports bundles the report words only, no problem's.
 */
export function wordsOf(options: MessageOptions): Words;
export function wordsOf<C extends MessageCode>(options: MessageOptions, english: Catalog<C>): Words<C>;
export function wordsOf(options: MessageOptions, english: Partial<Messages> = englishReport): Words<MessageCode> {
	const messages = resolveMessages(options.messages, english as Catalog<MessageCode>);
	return {
		say: (code, params) => say(messages, code, params),
		message: (message) => formatMessage(message, messages),
	};
}

export const disclaimer = (w: Words) => w.say('report.disclaimer', {});

export const statusWords = (w: Words, status: CompetencyGap['status']) => w.say('status.name', { status });

export const assessorWords = (w: Words, report: Pick<GapReport, 'assessor'>) =>
	w.say('report.assessor', { role: report.assessor.role, name: report.assessor.name ?? null });

export const moveWords = (w: Words, report: GapReport) =>
	w.say('report.move', {
		from: { ladder: report.current.ladderTitle, level: report.current.title, band: report.current.band },
		to: { ladder: report.target.ladderTitle, level: report.target.title, band: report.target.band },
		roleSwitch: report.roleSwitch,
	});

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

export const evidenceWords = (w: Words, gap: CompetencyGap) => w.say('evidence.count', { count: gap.evidence.items.length, coverage: gap.evidence.coverage });

/** Short tags for a competency line: required, where it stands in a role switch, and the level it starts at when that is after the current one. */
export const gapTags = (w: Words, report: GapReport, gap: CompetencyGap): string[] =>
	[
		gap.required ? w.say('tag.required', {}) : '',
		report.roleSwitch ? (gap.inCurrentLadder ? w.say('tag.carriesOver', {}) : w.say('tag.newInRole', {})) : '',
		gap.appliesFrom ? w.say('tag.appliesFrom', { level: gap.appliesFrom.levelTitle }) : '',
		gap.reassess ? w.say('tag.reassess', {}) : '',
	].filter(Boolean);

/** A rating's label and, when given, the assessor's confidence in it. */
export const ratingWords = (w: Words, gap: Pick<CompetencyGap, 'rating' | 'confidence'>) =>
	`${gap.rating?.label ?? '—'}${gap.confidence ? ` (${w.say('rating.confidence', { confidence: gap.confidence })})` : ''}`;

/** An evidence item in one line: the summary, then its date (as the catalog writes dates) and kind. */
export const evidenceLine = (w: Words, item: CompetencyGap['evidence']['items'][number]): string => {
	const meta = [item.date ? w.say('report.date', { date: item.date }) : '', item.kind].filter(Boolean).join(', ');
	return `${item.summary.replace(/\s+/g, ' ').trim()}${meta ? ` (${meta})` : ''}${item.url ? ` <${item.url}>` : ''}`;
};

/**
 * What stands in the way, as a reader is told it: each competency named once. A competency with a
 * blocker of its own (required, below the floor) is not named again in the share that falls short,
 * and one already said to be required and below the target is not said again to be below the floor.
 * The report's data keeps every blocker as computed; only the words are spared the repetition.
 */
export function blockersToSay(readiness: GapReport['readiness']): { blockers: GapReport['readiness']['blockers']; headline: GapReport['readiness']['headline'] } {
	const named = new Set<string>();
	const blockers: Array<GapReport['readiness']['blockers'][number]> = [];
	for (const blocker of readiness.blockers) {
		if (blocker.code === 'TOO_FEW_AT_TARGET') {
			blockers.push({ ...blocker, params: { ...blocker.params, short: blocker.params.short.filter((c) => !named.has(c.id)) } });
			continue;
		}
		if (blocker.competency !== undefined) {
			if (named.has(blocker.competency)) continue;
			named.add(blocker.competency);
		}
		blockers.push(blocker);
	}
	const headline = readiness.headline.code === 'READINESS_BLOCKED' ? { ...readiness.headline, params: { ...readiness.headline.params, blockers: blockers.length } } : readiness.headline;
	return { blockers, headline };
}
