import type { SourceFile } from '../diagnostics/problem.ts';
import { FILE_KINDS, LEGACY_FILE_KINDS, type FileKind } from './read-format.ts';
import { upgradeLegacyKeys } from '../model/legacy-names.ts';
import { parseSource } from './parse-yaml.ts';

/** What a Rungs file says about itself, read before (or without) validating it. */
export interface SourceIdentity {
	/** The kind its `format` key names, when this library reads that format. */
	kind?: FileKind;
	/** A ladder's `id` and `version`, when they are strings. */
	id?: string;
	version?: string;
	/** An assessment's `ladder: { id, version }`, when they are strings. */
	ladder?: { id?: string; version?: string };
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const field = (data: unknown, key: string): unknown =>
	data !== null && typeof data === 'object' && !Array.isArray(data) && Object.hasOwn(data, key) ? (data as Record<string, unknown>)[key] : undefined;

/**
 * Reads the identifying keys of a ladder or assessment file (format, id, version, the assessment's
 * ladder) through the same guards as every load: size, depth and alias bounds, UTF-8, duplicate keys.
 * Tools use it to pick the right old ladder or the folder a file belongs to before they validate it;
 * anything missing, broken or of the wrong type is simply absent (validation says what is wrong).
 *
 * @example
 * identifySource({ path: 'anna.yaml', text: 'format: rungs/assessment@1\nladder: { id: support-representative, version: 1.2.0 }\n' });
 * // { kind: 'assessment', ladder: { id: 'support-representative', version: '1.2.0' } }
 */
export function identifySource(source: SourceFile): SourceIdentity {
	const { parsed, problems } = parseSource(source);
	if (problems.some((p) => p.severity === 'error')) return {};
	const data = upgradeLegacyKeys(parsed.data);
	const identity: SourceIdentity = {};
	const format = text(field(data, 'format'));
	if (format !== undefined && Object.hasOwn(FILE_KINDS, format)) identity.kind = FILE_KINDS[format as keyof typeof FILE_KINDS];
	else if (format !== undefined && Object.hasOwn(LEGACY_FILE_KINDS, format)) identity.kind = LEGACY_FILE_KINDS[format as keyof typeof LEGACY_FILE_KINDS];
	const id = text(field(data, 'id'));
	const version = text(field(data, 'version'));
	if (id !== undefined) identity.id = id;
	if (version !== undefined) identity.version = version;
	const ladder = field(data, 'ladder');
	if (ladder !== undefined) {
		const ref: { id?: string; version?: string } = {};
		const [ladderId, ladderVersion] = [text(field(ladder, 'id')), text(field(ladder, 'version'))];
		if (ladderId !== undefined) ref.id = ladderId;
		if (ladderVersion !== undefined) ref.version = ladderVersion;
		identity.ladder = ref;
	}
	return identity;
}
