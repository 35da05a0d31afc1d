import { Document, isMap, isPair, isScalar, stringify } from 'yaml';
import { ArgumentCheck, checkOptionKeys, shown } from '../rules/check-options.ts';
import { fail, succeed, type Result } from '../diagnostics/result.ts';
import type { Framework } from '../model/framework.ts';
import { unknownIdParams } from '../diagnostics/describe-path.ts';
import { findLevel, findLadder } from '../model/queries.ts';
import type { Assessment } from '../schema/assessment.ts';
import { visibleText } from '../diagnostics/problem.ts';

/**
 * Text as one comment line: line breaks become spaces, and every control, format or separator
 * character is named (`<U+000B>`). A raw vertical tab in a comment made the template itself fail
 * to load (YAML_SYNTAX), and U+0085, U+2028 and U+2029 look like line breaks in some editors.
 */
const commentLine = (text: string): string => visibleText(text.replace(/\r\n|[\n\r]/g, ' '));

export interface TemplateOptions {
	/** The level now; the ladder's first by default. */
	readonly current?: string;
	/** The level aimed at: a level id, or `ladder:level` on another ladder; the next level by default. */
	readonly target?: string;
	/** What the modeline points editors at. */
	readonly schema?: string;
	/** The date written in the template, `YYYY-MM-DD` (today by default, in the caller's clock). */
	readonly date?: string;
}

const TEMPLATE_OPTIONS = ['current', 'target', 'schema', 'date'] as const;

/**
 * A commented assessment template for a ladder, in YAML: every competency that applies at the
 * target level (its `levels`) with
 * its expectations and the scale in comments, ready to fill in. The template itself is valid.
 * An unknown ladder (UNKNOWN_LADDER, in `ladder`) or level (UNKNOWN_LEVEL, UNKNOWN_TARGET or
 * INVALID_OPTION, in `options`) gives `{ ok: false }`; nothing throws.
 *
 * @example
 * const template = assessmentTemplate(framework, 'support-representative', { current: 'representative' });
 * if (template.ok) await writeFile('me.yaml', template.value);
 */
export function assessmentTemplate(framework: Framework, ladderId: string, options: TemplateOptions = {}): Result<string> {
	const ladder = typeof ladderId === 'string' ? findLadder(framework, ladderId) : undefined;
	if (!ladder) {
		const check = new ArgumentCheck('ladder');
		const id = typeof ladderId === 'string' ? ladderId : shown(ladderId);
		check.report('UNKNOWN_LADDER', { id, ...unknownIdParams(id, framework.ladders.map((m) => m.id)) }, []);
		return fail(check.problems);
	}
	const check = new ArgumentCheck('options');
	const given = checkOptionKeys(check, options, TEMPLATE_OPTIONS);
	for (const key of TEMPLATE_OPTIONS) {
		if (given?.[key] !== undefined && typeof given[key] !== 'string') check.invalid([key], given[key], 'string');
	}
	if (typeof given?.date === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(given.date)) check.invalid(['date'], given.date, 'date');
	if (!given || check.problems.length > 0) return fail(check.problems);
	const levelIds = ladder.levels.map((l) => l.id);
	const current = options.current ?? levelIds[0]!;
	const currentIndex = levelIds.indexOf(current);
	if (currentIndex < 0) {
		check.report('UNKNOWN_LEVEL', { id: current, ladder: ladder.id, ...unknownIdParams(current, levelIds) }, ['current']);
		return fail(check.problems);
	}
	const [targetLadderId, targetLevelId] = options.target?.includes(':') ? (options.target.split(':', 2) as [string, string]) : [ladder.id, options.target ?? levelIds[Math.min(currentIndex + 1, levelIds.length - 1)]!];
	const targetLadder = findLadder(framework, targetLadderId);
	const targetLevel = targetLadder && findLevel(targetLadder, targetLevelId);
	if (!targetLadder || !targetLevel) {
		const levels = (targetLadder ?? ladder).levels.map((l) => l.id);
		check.report('UNKNOWN_TARGET', { target: String(options.target), ladder: (targetLadder ?? ladder).id, ...unknownIdParams(targetLevelId, levels) }, ['target']);
		return fail(check.problems);
	}
	const assessment: Assessment = {
		format: 'rungs/assessment@1',
		person: { name: 'Your name' },
		ladder: { id: ladder.id, version: ladder.version },
		assessor: { role: 'self' },
		date: options.date ?? new Date().toISOString().slice(0, 10),
		current,
		target: targetLadder === ladder ? targetLevel.id : { ladder: targetLadder.id, level: targetLevel.id },
		// Only what the target level expects: a competency whose `levels` leave it out is not rated there.
		ratings: Object.fromEntries(targetLadder.competencies.filter((c) => c.levels.includes(targetLevel.id)).map((c) => [c.id, { evidence: [] }])),
	};
	const doc = new Document(assessment);
	doc.commentBefore = [
		` yaml-language-server: $schema=${commentLine(options.schema ?? 'https://rungs.dev/schemas/assessment.schema.json')}`,
		` Assessment against ${commentLine(targetLadder.title)}: ${commentLine(targetLevel.title)}${targetLevel.band ? ` (${commentLine(targetLevel.band)})` : ''}.`,
		` Ratings (judged against the target level): ${framework.scale.values.map((v) => commentLine(v.id)).join(' | ')}`,
		" Fill in each competency's rating and add evidence, then: rungs gap <this file>",
		' Then `rungs gap <this file> --plan --write-goals` adds the next behaviours to work on as `goals`,',
		' for you to put in your own words with a date; the next assessment reports on them with `--since <this file>`.',
	].join('\n');
	const ratings = doc.get('ratings', true);
	if (isMap(ratings)) {
		for (const pair of ratings.items) {
			if (!isPair(pair) || !isScalar(pair.key)) continue;
			const key = pair.key;
			const competency = targetLadder.competencies.find((c) => c.id === key.value)!;
			const lines = [
				` ${commentLine(competency.name)}${competency.required ? ' (required)' : ''}. At ${commentLine(targetLevel.title)}:`,
				...(competency.expectations[targetLevel.id] ?? []).map((s) => `   - ${commentLine(s.text.trim())} [${commentLine(s.id)}]`),
				` rating: one of ${framework.scale.values.map((v) => commentLine(v.id)).join(', ')}`,
			];
			key.commentBefore = lines.join('\n');
		}
	}
	return succeed(doc.toString({ lineWidth: 0 }));
}

/**
 * An assessment as YAML, optionally under an editor modeline (a first comment line).
 *
 * @example
 * await writeFile('ana.yaml', stringifyAssessment(migrated, '# yaml-language-server: $schema=../schemas/assessment.schema.json'));
 */
export function stringifyAssessment(assessment: Assessment, modeline?: string, trailingComment?: string): string {
	const comment = trailingComment ? `\n${commentLines(trailingComment)}` : '';
	return `${modeline ? `${modeline}\n` : ''}${stringify(assessment, { lineWidth: 0 })}${comment}`;
}

/**
 * Text as YAML comment lines, whatever it holds: each line break starts a new `# ` line, and any
 * character YAML does not allow in a comment (controls such as \v, a byte-order mark, a lone
 * surrogate) is written as `<U+000B>`, so the comment can never end early or break the file.
 */
export function commentLines(text: string): string {
	return text
		.split(/\r\n|[\r\n\u0085\u2028\u2029]/)
		.map((line) => `# ${line.replace(/[^\t\u0020-\u007E\u00A0-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD\u{10000}-\u{10FFFF}]/gu, (ch) => `<U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`)}`.trimEnd())
		.join('\n')
		.concat('\n');
}
