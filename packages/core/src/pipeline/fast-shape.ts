import { EVIDENCE_KINDS, META_LIMITS, type Assessment } from '../schema/assessment.ts';
import { ASSESSMENT_FORMAT } from '../schema/limits.ts';
import { compileString, CONTROL } from '../shape/string-check.ts';
import { DateSchema, IdSchema, isReservedId, LabelSchema, LongTextSchema, SemverSchema, TEXT_LIMITS, TextSchema, UrlSchema } from '../schema/common.ts';

/**
 * The assessment's shape checked by hand, for the data that is valid: one pass with no allocation
 * but the output, where zod's general machinery took most of a batch line's time (#20). It answers
 * only "valid, and here is exactly what zod would give" or "not sure": anything unusual (a problem,
 * a prototype key, a control character, an object that is not plain, a getter) returns undefined and
 * the caller asks zod, which describes the problem. So it may be stricter than the schema, never
 * looser; a test holds its output equal to zod's on valid data and its answer on mutated data.
 */

type Check = (value: unknown) => boolean;

const isIdPattern = compileString(IdSchema);
/** An id the full path accepts: `constructor`, `toString`… are refused there as hostile data, as key or value. */
const isId: Check = (value) => isIdPattern(value) && !isReservedId(value as string);
const isSemver = compileString(SemverSchema);
const isDate = compileString(DateSchema);
const isLabel = compileString(LabelSchema);
const isText = compileString(TextSchema);
const isLongText = compileString(LongTextSchema);
const isUrl = compileString(UrlSchema);
const isShort = (limit: number): Check => (value) => typeof value === 'string' && value.length <= limit && !CONTROL.test(value);
const isPersonId = isShort(TEXT_LIMITS.label);
const isDollarSchema = isShort(TEXT_LIMITS.url);
const isMetaKey = (key: string) => key.length >= 1 && key.length <= META_LIMITS.key && !CONTROL.test(key) && key !== '__proto__' && key !== 'constructor' && key !== 'prototype';
const isMetaValue = isShort(META_LIMITS.value);
const isIdKey = (key: unknown) => isId(key);
const ROLES = new Set<unknown>(['self', 'manager', 'peer']);
const CONFIDENCES = new Set<unknown>(['low', 'medium', 'high']);
const KINDS = new Set<unknown>(EVIDENCE_KINDS);

/** A plain object (a literal, JSON.parse's, or `Object.create(null)`): anything else goes to zod. */
const isPlain = (value: unknown): value is Record<string, unknown> => {
	if (value === null || typeof value !== 'object') return false;
	const proto = Object.getPrototypeOf(value);
	return proto === Object.prototype || proto === null;
};

/** Every own key of `value` is one of `allowed`, and none is `__proto__`. */
const onlyKeys = (value: Record<string, unknown>, allowed: ReadonlySet<string>): boolean => {
	for (const key in value) if (!allowed.has(key) || !Object.prototype.hasOwnProperty.call(value, key)) return false;
	return true;
};
const keys = (...names: string[]) => new Set(names);
const TOP = keys('$schema', 'format', 'person', 'ladder', 'assessor', 'date', 'current', 'target', 'ratings', 'notes', 'meta');
const PERSON = keys('name', 'id');
const LADDER = keys('id', 'version');
const ASSESSOR = keys('role', 'name');
const LEVEL_REF = keys('ladder', 'level');
const RATING = keys('rating', 'confidence', 'note', 'statements', 'evidence', 'reassess');
const EVIDENCE = keys('summary', 'kind', 'url', 'date', 'statements');

/** A `Date` as the day zod's preprocess makes of it (data input only); undefined when not one. */
const dayOf = (value: unknown): string | undefined => {
	if (typeof value === 'string') return isDate(value) ? value : undefined;
	if (!(value instanceof Date) || Number.isNaN(value.getTime())) return undefined;
	const year = value.getUTCFullYear();
	return year >= 0 && year <= 9999 ? value.toISOString().slice(0, 10) : undefined;
};

/** Copies the optional keys present in `from` (zod keeps a key given as undefined), in schema order, when each passes. */
function optional(from: Record<string, unknown>, to: Record<string, unknown>, key: string, check: Check): boolean {
	if (!(key in from)) return true;
	const value = from[key];
	if (value !== undefined && !check(value)) return false;
	to[key] = value;
	return true;
}

function evidenceOf(item: unknown, dates: boolean): Record<string, unknown> | undefined {
	if (!isPlain(item) || !onlyKeys(item, EVIDENCE) || !isText(item.summary)) return undefined;
	const out: Record<string, unknown> = { summary: item.summary };
	if (!optional(item, out, 'kind', (v) => KINDS.has(v)) || !optional(item, out, 'url', isUrl)) return undefined;
	if ('date' in item && item.date !== undefined) {
		const day = dates ? dayOf(item.date) : isDate(item.date) ? (item.date as string) : undefined;
		if (day === undefined) return undefined;
		out.date = day;
	} else if ('date' in item) out.date = undefined;
	if ('statements' in item && item.statements !== undefined) {
		const ids = item.statements;
		if (!Array.isArray(ids)) return undefined;
		for (let i = 0; i < ids.length; i++) if (!(i in ids) || !isId(ids[i])) return undefined;
		out.statements = [...ids];
	} else if ('statements' in item) out.statements = undefined;
	return out;
}

function ratingOf(rating: unknown, dates: boolean): Record<string, unknown> | undefined {
	if (rating === null) return { evidence: [] };
	if (!isPlain(rating) || !onlyKeys(rating, RATING)) return undefined;
	const out: Record<string, unknown> = {};
	if ('rating' in rating) {
		if (rating.rating !== undefined && rating.rating !== null && !isId(rating.rating)) return undefined;
		out.rating = rating.rating ?? undefined;
	}
	if (!optional(rating, out, 'confidence', (v) => CONFIDENCES.has(v)) || !optional(rating, out, 'note', isText)) return undefined;
	if ('statements' in rating && rating.statements !== undefined) {
		const statements = rating.statements;
		if (!isPlain(statements)) return undefined;
		const copy: Record<string, string> = {};
		for (const id in statements) {
			if (!Object.prototype.hasOwnProperty.call(statements, id) || !isIdKey(id) || !isId(statements[id])) return undefined;
			copy[id] = statements[id] as string;
		}
		out.statements = copy;
	} else if ('statements' in rating) out.statements = undefined;
	const evidence: unknown[] = [];
	if (rating.evidence !== undefined) {
		if (!Array.isArray(rating.evidence)) return undefined;
		for (let i = 0; i < rating.evidence.length; i++) {
			const item = i in rating.evidence ? evidenceOf(rating.evidence[i], dates) : undefined;
			if (!item) return undefined;
			evidence.push(item);
		}
	}
	out.evidence = evidence;
	if (!optional(rating, out, 'reassess', (v) => typeof v === 'boolean')) return undefined;
	return out;
}

/**
 * The assessment zod's schema would make of `data`, when `data` is plainly valid; undefined when
 * zod must decide. `dates`: a data object, where a `Date` stands for its UTC day.
 */
export function fastShape(data: unknown, dates: boolean): Assessment | undefined {
	try {
		if (!isPlain(data) || !onlyKeys(data, TOP) || data.format !== ASSESSMENT_FORMAT) return undefined;
		const { person, ladder, assessor, target } = data;
		if (!isPlain(person) || !onlyKeys(person, PERSON) || !isLabel(person.name)) return undefined;
		if (!isPlain(ladder) || !onlyKeys(ladder, LADDER) || !isIdKey(ladder.id) || !isSemver(ladder.version)) return undefined;
		if (!isPlain(assessor) || !onlyKeys(assessor, ASSESSOR) || !ROLES.has(assessor.role)) return undefined;
		const date = dates ? dayOf(data.date) : isDate(data.date) ? (data.date as string) : undefined;
		if (date === undefined || !isIdKey(data.current)) return undefined;
		const out: Record<string, unknown> = {};
		if (!optional(data, out, '$schema', isDollarSchema)) return undefined;
		out.format = ASSESSMENT_FORMAT;
		const personOut: Record<string, unknown> = { name: person.name };
		if (!optional(person, personOut, 'id', isPersonId)) return undefined;
		out.person = personOut;
		out.ladder = { id: ladder.id, version: ladder.version };
		const assessorOut: Record<string, unknown> = { role: assessor.role };
		if (!optional(assessor, assessorOut, 'name', isLabel)) return undefined;
		out.assessor = assessorOut;
		out.date = date;
		out.current = data.current;
		if (typeof target === 'string') {
			if (!isIdKey(target)) return undefined;
			out.target = target;
		} else if (isPlain(target) && onlyKeys(target, LEVEL_REF) && isIdKey(target.ladder) && isIdKey(target.level)) {
			out.target = { ladder: target.ladder, level: target.level };
		} else return undefined;
		const ratings: Record<string, unknown> = {};
		if (data.ratings !== undefined) {
			if (!isPlain(data.ratings)) return undefined;
			for (const id in data.ratings) {
				if (!Object.prototype.hasOwnProperty.call(data.ratings, id) || !isIdKey(id)) return undefined;
				const rating = ratingOf(data.ratings[id], dates);
				if (!rating) return undefined;
				ratings[id] = rating;
			}
		}
		out.ratings = ratings;
		if (!optional(data, out, 'notes', isLongText)) return undefined;
		if ('meta' in data && data.meta !== undefined) {
			const meta = data.meta;
			if (!isPlain(meta)) return undefined;
			const copy: Record<string, string> = {};
			let count = 0;
			for (const key in meta) {
				if (!Object.prototype.hasOwnProperty.call(meta, key) || !isMetaKey(key) || !isMetaValue(meta[key]) || ++count > META_LIMITS.keys) return undefined;
				copy[key] = meta[key] as string;
			}
			out.meta = copy;
		} else if ('meta' in data) out.meta = undefined;
		return out as Assessment;
	} catch {
		// A getter that throws, a proxy: zod and the full path say what they can.
		return undefined;
	}
}
