import { listIds } from '../diagnostics/describe-path.ts';
import { isData, type Locatable } from '../diagnostics/locate.ts';
import { kindOf } from '../diagnostics/value-kind.ts';
import type { Reporter } from './reporter.ts';
import type { FileKind } from '../messages/problem-params.ts';
import { ASSESSMENT_FORMAT } from '../schema/assessment.ts';
import { CAREER_PATHS_FORMAT } from '../schema/career-paths.ts';
import { FRAMEWORK_FORMAT } from '../schema/framework.ts';
import { LADDER_FORMAT } from '../schema/ladder.ts';
import { SHARED_COMPETENCIES_FORMAT } from '../schema/shared-competencies.ts';
import { TRANSLATION_FORMAT } from '../schema/translation.ts';
import { LEGACY_LADDER_FORMAT, upgradeLegacyKeys } from '../model/legacy-names.ts';

export const FILE_KINDS = {
	[FRAMEWORK_FORMAT]: 'framework',
	[SHARED_COMPETENCIES_FORMAT]: 'shared-competencies',
	[CAREER_PATHS_FORMAT]: 'career-paths',
	[LADDER_FORMAT]: 'ladder',
	[ASSESSMENT_FORMAT]: 'assessment',
	[TRANSLATION_FORMAT]: 'translation',
} as const satisfies Record<string, FileKind>;
/** Format ids of earlier versions still read (and written anew by `rungs migrate`): never listed as known. */
export const LEGACY_FILE_KINDS = { [LEGACY_LADDER_FORMAT]: 'ladder' } as const satisfies Record<string, FileKind>;
// The kinds are named once, with the problems that name them (FORMAT_NOT_EXPECTED, DUPLICATE_FILE).
export type { FileKind };

/** A format value as text: `String` throws for a data object without a prototype (`Object.create(null)`). */
const asText = (value: unknown): string => (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === null ? '[object Object]' : String(value));

const formatOf = (kind: FileKind) => Object.entries(FILE_KINDS).find(([, k]) => k === kind)![0];

/** Old names (`rungs/matrix@1`, an assessment's `matrix:`) read as today's, so every later check sees one shape. */
function withTodaysNames(source: Locatable, kind: FileKind): FileKind {
	if (kind === 'ladder' || kind === 'assessment' || kind === 'career-paths') source.data = upgradeLegacyKeys(source.data);
	return kind;
}

/**
 * What kind of Rungs file this is, from its `format` key. Reports a located problem and returns
 * undefined when the key is missing, unknown, or a version this library does not read.
 */
export function readFormat(source: Locatable, reporter: Reporter, expected: FileKind = 'ladder'): FileKind | undefined {
	const data = source.data;
	if (data === null || typeof data !== 'object' || Array.isArray(data)) {
		reporter.report(source, 'WRONG_TYPE', [], {
			field: '(top level)',
			expected: 'mapping',
			// An empty file (or one holding only `~`) reads as null, as JSON `null` does.
			...(data === undefined && !isData(source) ? { received: 'null' as const } : kindOf(data)),
		});
		return undefined;
	}
	const format = (data as { format?: unknown }).format;
	if (format === undefined) {
		reporter.report(source, 'FORMAT_MISSING', [], { example: formatOf(expected) });
		return undefined;
	}
	// Own keys only: `format: toString` must not find what every object inherits.
	if (typeof format === 'string' && Object.prototype.hasOwnProperty.call(FILE_KINDS, format)) return withTodaysNames(source, FILE_KINDS[format as keyof typeof FILE_KINDS]);
	if (typeof format === 'string' && Object.prototype.hasOwnProperty.call(LEGACY_FILE_KINDS, format)) return withTodaysNames(source, LEGACY_FILE_KINDS[format as keyof typeof LEGACY_FILE_KINDS]);
	const text = asText(format);
	const [name] = text.split('@');
	const sameKind = Object.keys(FILE_KINDS).find((f) => f.split('@')[0] === name);
	if (sameKind) reporter.report(source, 'FORMAT_UNSUPPORTED', ['format'], { format: text, supported: sameKind });
	else reporter.report(source, 'FORMAT_UNKNOWN', ['format'], { format: text.slice(0, 80), ...listIds(Object.keys(FILE_KINDS)) });
	return undefined;
}
