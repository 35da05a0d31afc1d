// A draft is the form as the person left it: work in progress, in any state the form can be put in
// (no name, one rating, an empty evidence row, a note typed then cleared, a half-typed link). It is
// read back leniently: only the shapes the form and the report rely on are checked, and the ladder,
// levels and competencies it names must be on this site. The strict rules of a file apply when a
// file is saved or a link made, never to a draft.
import { ASSESSMENT_FORMAT } from '@rungs/core/schema';
import { type Assessment, type Framework } from '@rungs/core';
import { ratedOn } from './ladders.ts';
import { fill, words as w, type ScriptWords } from './words.ts';

/** What a draft is stored as; a draft written before this format (a bare assessment) is read too. */
export const DRAFT_FORMAT = 'rungs/site-draft@1';

export const draftText = (assessment: Assessment): string => JSON.stringify({ format: DRAFT_FORMAT, savedAt: new Date().toISOString(), assessment });

export type DraftRead = { ok: true; assessment: Assessment; savedAt?: string } | { ok: false; reason: string };

class Unreadable extends Error {}

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';

/** The reasons a check can give, each a sentence of the page's dictionary with the field in it. */
type Reason = 'notGroup' | 'notText' | 'notIdList' | 'notScaleValue' | 'notConfidence' | 'notStatementRatings' | 'notBoolean' | 'notList' | 'notRole';

/** A reason, with the names it quotes in backticks (shown as code). */
const because = (reason: keyof ScriptWords, params: Record<string, string>) =>
	new Unreadable(fill(w[reason], Object.fromEntries(Object.entries(params).map(([key, value]) => [key, `\`${value}\``]))));

/** The value at `field` of `record`, checked: every check names the field, so the reason is clear. */
function check(condition: boolean, field: string, reason: Reason): void {
	if (!condition) throw because(reason, { field });
}

function record(value: unknown, field: string, keys: readonly string[]): Json {
	check(isRecord(value), field, 'notGroup');
	const extra = Object.keys(value as Json).find((key) => !keys.includes(key));
	if (extra !== undefined) throw because('unknownField', { field, extra });
	return value as Json;
}

const optional = (value: unknown, test: (v: unknown) => boolean) => value === undefined || test(value);
const stringList = (v: unknown) => Array.isArray(v) && v.every(isString);
const stringRecord = (v: unknown) => isRecord(v) && Object.values(v).every(isString);

function evidence(value: unknown, field: string): void {
	const e = record(value, field, ['summary', 'kind', 'url', 'date', 'statements']);
	check(isString(e.summary), `${field}.summary`, 'notText');
	for (const key of ['kind', 'url', 'date'] as const) check(optional(e[key], isString), `${field}.${key}`, 'notText');
	check(optional(e.statements, stringList), `${field}.statements`, 'notIdList');
}

function rating(value: unknown, field: string, scale: ReadonlySet<string>): void {
	const r = record(value, field, ['rating', 'confidence', 'note', 'statements', 'evidence', 'reassess']);
	check(optional(r.rating, (v) => isString(v) && scale.has(v)), `${field}.rating`, 'notScaleValue');
	check(optional(r.confidence, (v) => v === 'low' || v === 'medium' || v === 'high'), `${field}.confidence`, 'notConfidence');
	check(optional(r.note, isString), `${field}.note`, 'notText');
	check(optional(r.statements, stringRecord), `${field}.statements`, 'notStatementRatings');
	check(optional(r.reassess, (v) => typeof v === 'boolean'), `${field}.reassess`, 'notBoolean');
	if (r.evidence === undefined) r.evidence = [];
	check(Array.isArray(r.evidence), `${field}.evidence`, 'notList');
	(r.evidence as unknown[]).forEach((item, i) => evidence(item, `${field}.evidence[${i}]`));
}

/**
 * A draft kept before "matrix" became "ladder" (#13) names its ladder under `matrix`, and a target
 * on another ladder `{ matrix, level }`: read them as today's keys, so a browser's draft survives the
 * update (assessment files and share links go through core, which reads the old key too).
 */
function withTodaysKeys(value: unknown): unknown {
	if (!isRecord(value) || !('matrix' in value) || 'ladder' in value) return value;
	const { matrix, ...rest } = value;
	const target = isRecord(rest.target) && 'matrix' in rest.target && !('ladder' in rest.target) ? (({ matrix: ladder, ...t }) => ({ ...t, ladder }))(rest.target) : rest.target;
	return { ...rest, ladder: matrix, target };
}

/** The assessment inside a draft, checked only as far as the form needs; throws Unreadable. */
function formState(stored: unknown, framework: Framework): Assessment {
	const value = withTodaysKeys(stored);
	const a = record(value, 'draft', ['$schema', 'format', 'person', 'ladder', 'assessor', 'date', 'current', 'target', 'ratings', 'notes']);
	if (a.format !== ASSESSMENT_FORMAT) throw because('notFormat', { field: 'format', format: ASSESSMENT_FORMAT });
	check(optional(a.$schema, isString), '$schema', 'notText');
	const person = record(a.person, 'person', ['name', 'id']);
	check(isString(person.name), 'person.name', 'notText');
	check(optional(person.id, isString), 'person.id', 'notText');
	const assessor = record(a.assessor, 'assessor', ['role', 'name']);
	check(['self', 'manager', 'peer'].includes(assessor.role as string), 'assessor.role', 'notRole');
	check(optional(assessor.name, isString), 'assessor.name', 'notText');
	check(isString(a.date), 'date', 'notText');
	check(optional(a.notes, isString), 'notes', 'notText');

	// What the form is drawn from must be on this site: a ladder renamed since cannot be shown.
	const ladderRef = record(a.ladder, 'ladder', ['id', 'version']);
	check(isString(ladderRef.version), 'ladder.version', 'notText');
	const ladder = framework.ladders.find((m) => m.id === ladderRef.id);
	if (!ladder) throw because('ladderGone', { ladder: String(ladderRef.id) });
	if (!ladder.levels.some((l) => l.id === a.current)) throw because('levelGone', { level: String(a.current) });
	const target = isString(a.target) ? { ladder: ladder.id, level: a.target } : record(a.target, 'target', ['ladder', 'level']);
	const targetLadder = framework.ladders.find((m) => m.id === target.ladder);
	if (!targetLadder?.levels.some((l) => l.id === target.level)) throw because('targetGone', { target: `${String(target.ladder)}:${String(target.level)}` });

	// From the ladder index: a draft is read before its ladders are loaded (scripts/assess/ladders.ts).
	const competencies = new Set(framework.ladders.flatMap(ratedOn));
	const scale = new Set(framework.scale.values.map((v) => v.id));
	const ratings = a.ratings ?? {};
	check(isRecord(ratings), 'ratings', 'notGroup');
	for (const [id, value] of Object.entries(ratings as Json)) {
		if (!competencies.has(id)) throw because('competencyGone', { competency: id });
		rating(value, `ratings.${id}`, scale);
	}
	a.ratings = ratings;
	return a as unknown as Assessment;
}

/** A stored or downloaded draft, read back as the form state it holds, or why it cannot be. */
export function readDraftText(text: string, framework: Framework): DraftRead {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { ok: false, reason: w.notJson };
	}
	try {
		if (isRecord(data) && data.format === DRAFT_FORMAT) {
			const envelope = record(data, 'draft', ['format', 'savedAt', 'assessment']);
			return { ok: true, assessment: formState(envelope.assessment, framework), ...(isString(envelope.savedAt) ? { savedAt: envelope.savedAt } : {}) };
		}
		// A draft kept by an earlier version of this page: the bare assessment.
		return { ok: true, assessment: formState(data, framework) };
	} catch (error) {
		if (error instanceof Unreadable) return { ok: false, reason: error.message };
		throw error;
	}
}

/** Whether the text is a draft of this page (as opposed to an assessment file). */
export function isDraftFile(text: string): boolean {
	try {
		const data: unknown = JSON.parse(text);
		return isRecord(data) && data.format === DRAFT_FORMAT;
	} catch {
		return false;
	}
}
