import { z } from 'zod';
import type { TextKind } from '../messages/problem-params.ts';
import { lengthRule, valueRule } from '../messages/value-rules.ts';

/**
 * The longest text each kind of field holds, in UTF-16 code units (what JavaScript's `length` counts).
 * The length is checked first, and a value past it is refused before any other rule runs on it, so
 * no pattern ever sees more than these few kilobytes. The JSON Schemas carry them as `maxLength`.
 */
export const TEXT_LIMITS = {
	/** Identifiers: competency, level, statement and scale ids. */
	id: 64,
	/**
	 * A band such as `P3` or `IC10`. A framework's own `bandPattern` only ever runs on this many
	 * characters (and is itself checked for choices that could backtrack: house-rules' band pattern).
	 */
	band: 16,
	/** A framework's `bandPattern`, a regular expression. */
	pattern: 200,
	/** A semantic version. */
	version: 64,
	/** A calendar date, `YYYY-MM-DD`. */
	date: 10,
	/** A title, a name, a licence. */
	label: 120,
	/** An http(s) address. */
	url: 2048,
	/** A sentence or a short paragraph: statements, summaries, notes on a rating. */
	text: 2000,
	/** An assessment's notes. */
	longText: 20000,
} as const;

/** A string of at most `limit` characters, checked before anything else (`abort`: no later check runs on a longer one). */
const bounded = (limit: number, what: TextKind) => z.string().max(limit, { error: lengthRule(what, limit), abort: true });

/**
 * A stable, URL-safe identifier: ASCII letters and digits, in words joined by single `-`, `_` or `.`,
 * such as `written-clarity`, `L1`, `1` or a UUID. Organisations write ids their own way; what is
 * refused is what would break a page address or a file name (spaces, slashes, a leading dot). Two
 * ids that differ only in case are one id (DUPLICATE_ID): their pages would clash on a file system
 * that ignores case.
 */
export const ID_PATTERN = /^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)*$/;
export const IdSchema = bounded(TEXT_LIMITS.id, 'id').regex(ID_PATTERN, { error: valueRule('id-form') });

// `__proto__` is not among them: it fails the id pattern, and is refused apart (zod drops it silently).
const RESERVED_IDS: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype).filter((name) => name !== '__proto__'));
/** True for an id that names a property every object has (`constructor`, `toString`…): refused as hostile data. */
export const isReservedId = (id: string): boolean => RESERVED_IDS.has(id);

/** The band pattern of a framework that declares none: a category letter and a number, such as `P3`. */
export const DEFAULT_BAND_PATTERN = '^[A-Z][1-9]$';

/**
 * A band, such as `P3` or `IC10`: letters and digits (with `-`, `_` or `.` between them), at most 16
 * characters. Which bands exist is the framework's `bandPattern` (default `^[A-Z][1-9]$`), checked
 * with the rules. Our own descriptors, never Radford's.
 */
export const BandSchema = bounded(TEXT_LIMITS.band, 'band').regex(/^[A-Za-z0-9](?:[-_.]?[A-Za-z0-9])*$/, { error: valueRule('band-form') });

/** A semantic version, `MAJOR.MINOR.PATCH`. */
export const SemverSchema = bounded(TEXT_LIMITS.version, 'version').regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/, { error: valueRule('version-form') });

/** A calendar date, `YYYY-MM-DD`. */
export const DateSchema = z.iso.date({ error: valueRule('date-form') }).max(TEXT_LIMITS.date);

/**
 * An absolute http(s) address; other schemes (`javascript:`, `data:`) are refused. The pattern
 * carries the same rule into the JSON Schema, where `format: uri` alone would allow `javascript:`.
 * It splits the address where it must (the host runs up to the first `/`, `?` or `#`), so it matches
 * in one pass; `[^\s/?#]+\S*$` backtracked quadratically, 192 s on a 400 KB address.
 */
export const URL_PATTERN = /^https?:\/\/[^\s/?#]+(?:[/?#]\S*)?$/i;
export const UrlSchema = bounded(TEXT_LIMITS.url, 'url')
	.url({ protocol: /^https?$/, error: valueRule('url-form') })
	.regex(URL_PATTERN, { error: valueRule('url-form') });

/** A short label: a title or a name. */
export const LabelSchema = bounded(TEXT_LIMITS.label, 'label').regex(/\S/, { error: valueRule('label-empty') });

/** A sentence or a short paragraph of plain text (no HTML, no Markdown). */
export const TextSchema = bounded(TEXT_LIMITS.text, 'text').regex(/\S/, { error: valueRule('text-empty') });

/** Longer free text, such as an assessment's notes. */
export const LongTextSchema = bounded(TEXT_LIMITS.longText, 'long-text').regex(/\S/, { error: valueRule('text-empty') });

/** Free text with no other rule than its length, such as an id from another system. */
export const boundedString = bounded;

/** The optional `$schema` key that JSON editors use; accepted and ignored. */
export const DollarSchemaField = bounded(TEXT_LIMITS.url, 'url')
	.optional()
	.meta({ description: 'Address of the JSON Schema an editor should use for this file; ignored by Rungs.' });

/** A source the content draws on, recorded for provenance and shown on the site. */
export const SourceSchema = z.strictObject({
	title: LabelSchema.meta({ description: 'Title of the article, handbook page or book.' }),
	url: UrlSchema.optional().meta({ description: 'Where to read it.' }),
	note: TextSchema.optional().meta({ description: 'What this content takes from it (ideas only, never copied text).' }),
});
export type Source = z.output<typeof SourceSchema>;
