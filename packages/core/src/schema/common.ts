import { z } from 'zod';

/** A stable, URL-safe identifier: lowercase words joined by single hyphens. */
export const IdSchema = z
	.string()
	.max(64, { error: 'Identifiers are at most 64 characters long.' })
	.regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, {
		error: 'Identifiers are lowercase ASCII words joined by single hyphens, such as `written-clarity`.',
	});

/** A Radford-like band: a category letter and a number, such as `P3`. Our own descriptors, never Radford's. */
export const BandSchema = z.string().regex(/^[A-Z][1-9]$/, {
	error: 'A band is a category letter and a number, such as `P3`.',
});

/** A semantic version, `MAJOR.MINOR.PATCH`. */
export const SemverSchema = z
	.string()
	.regex(/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/, {
		error: 'A version is a semantic version such as `1.2.0`.',
	});

/** A calendar date, `YYYY-MM-DD`. */
export const DateSchema = z.iso.date({ error: 'A date is written `YYYY-MM-DD`, such as `2026-03-31`.' });

/** An absolute http(s) address; other schemes (`javascript:`, `data:`) are refused. */
export const UrlSchema = z
	.url({ protocol: /^https?$/, error: 'An address is an absolute http:// or https:// URL.' })
	// The pattern carries the same rule into the JSON Schema, where `format: uri` alone would allow `javascript:`.
	.regex(/^https?:\/\/[^\s/?#]+\S*$/i, { error: 'An address is an absolute http:// or https:// URL.' });

/** A short label: a title or a name. */
export const LabelSchema = z
	.string()
	.max(120, { error: 'A label is at most 120 characters long.' })
	.regex(/\S/, { error: 'This label is empty.' });

/** A sentence or a short paragraph of plain text (no HTML, no Markdown). */
export const TextSchema = z
	.string()
	.max(2000, { error: 'A text is at most 2000 characters long.' })
	.regex(/\S/, { error: 'This text is empty.' });

/** Longer free text, such as an assessment's notes. */
export const LongTextSchema = z
	.string()
	.max(20000, { error: 'This text is at most 20000 characters long.' })
	.regex(/\S/, { error: 'This text is empty.' });

/** The optional `$schema` key that JSON editors use; accepted and ignored. */
export const DollarSchemaField = z
	.string()
	.optional()
	.meta({ description: 'Address of the JSON Schema an editor should use for this file; ignored by Rungs.' });

/** A source the content draws on, recorded for provenance and shown on the site. */
export const SourceSchema = z.strictObject({
	title: LabelSchema.meta({ description: 'Title of the article, handbook page or book.' }),
	url: UrlSchema.optional().meta({ description: 'Where to read it.' }),
	note: TextSchema.optional().meta({ description: 'What this content takes from it (ideas only, never copied text).' }),
});
export type Source = z.output<typeof SourceSchema>;
