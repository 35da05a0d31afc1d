import { codePoint, type DataPath, type Problem } from '../diagnostics/problem.ts';
import { createProblem } from '../diagnostics/create-problem.ts';
import { describePath } from '../diagnostics/describe-path.ts';
import { spanOf, type Locatable } from '../diagnostics/locate.ts';
import { isReservedId } from '../schema/common.ts';
import type { IdReason } from '../messages/problem-params.ts';
import { isIdPattern, schemaAt, unwrap, valueAt, type AnySchema } from './schema-at.ts';

// What zod lets through but Rungs refuses: prototype keys, reserved ids, control characters in ids,
// nesting deeper than any format.
/**
 * Ids that name a property every JavaScript object already has. As data they are harmless, but a
 * lookup such as `ratings[id]` or `levelNotes[level.id]` on an object without that key finds
 * `Object` itself: a level called `constructor` crashed the rules, and on the site a competency
 * called `constructor` would read and write the global `Object`. (`__proto__` fails the id pattern; since ids may hold upper case, so may
 * `toString` or `hasOwnProperty`: every name `Object.prototype` has is reserved.)
 */

/**
 * Control characters in a value, which reports print to terminals: ESC and CSI start escape codes,
 * BS overwrites what was shown. Tab, line breaks, VT and FF (Word pastes them) are text.
 */
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/;

/** Deeper than any Rungs format nests (the YAML parser allows 64). */
const MAX_DATA_DEPTH = 64;

export interface HostileData {
	kind: 'record-key' | 'reserved-id' | 'control';
	path: DataPath;
}

const isIdSchema = (schema: AnySchema | undefined): boolean => {
	if (!schema) return false;
	const def = unwrap(schema)._zod.def as { type: string; checks?: Array<{ _zod: { def: { pattern?: RegExp } } }>; options?: AnySchema[] };
	if (def.type === 'union') return (def.options ?? []).some(isIdSchema);
	return def.type === 'string' && (def.checks ?? []).some((c) => c._zod.def.pattern !== undefined && isIdPattern(String(c._zod.def.pattern)));
};

/**
 * What zod lets through but Rungs refuses: a `__proto__` key in a mapping of ids (zod drops it
 * silently, so a rating or statement vanished without a word), the id `constructor`, and control
 * characters written as escapes (`"\e[2J"`). One pass, without recursion (data from an HR system
 * may be nested arbitrarily deep).
 */
export function findHostileData(root: AnySchema, data: unknown): HostileData[] {
	const found: HostileData[] = [];
	// One shared path, pushed and popped: nothing is allocated for the (many) harmless nodes. The
	// depth is bounded by the parser's nesting limit before this runs.
	const path: Array<string | number> = [];
	const visit = (value: unknown): void => {
		// Text is bounded by the parser's nesting limit; a data object is not, and may even be a cycle.
		// Nothing Rungs reads nests this deep, so the schema has refused whatever lies below.
		if (path.length > MAX_DATA_DEPTH) return;
		if (typeof value === 'string') {
			if (CONTROL.test(value)) found.push({ kind: 'control', path: [...path] });
			else if (isReservedId(value) && isIdSchema(schemaAt(root, data, path))) found.push({ kind: 'reserved-id', path: [...path] });
			return;
		}
		if (value === null || typeof value !== 'object') return;
		if (Array.isArray(value)) {
			for (let i = 0; i < value.length; i++) {
				path.push(i);
				visit(value[i]);
				path.pop();
			}
			return;
		}
		for (const key of Object.keys(value)) {
			if (key === '__proto__' || isReservedId(key)) {
				// zod drops `__proto__` from any record; `constructor` passes only where keys are ids.
				const parent = schemaAt(root, data, path);
				const def = parent && (unwrap(parent)._zod.def as { type: string; keyType?: AnySchema });
				if (def?.type === 'record' && (key === '__proto__' || isIdSchema(def.keyType))) found.push({ kind: 'record-key', path: [...path, key] });
			}
			path.push(key);
			visit((value as Record<string, unknown>)[key]);
			path.pop();
		}
	};
	visit(data);
	return found;
}


/** Why an id is refused, when the pattern alone does not make it obvious. */
export function idReason(value: string): { reason?: IdReason } {
	if (isReservedId(value)) return { reason: { kind: 'reserved' } };
	const odd = [...value].find((ch) => !/[A-Za-z0-9._-]/.test(ch));
	if (odd === undefined || odd.codePointAt(0)! < 0x80) return {};
	if (/[\p{Cf}\p{Cc}\p{Z}]/u.test(odd)) return { reason: { kind: 'invisible', codePoint: codePoint(odd) } };
	return { reason: { kind: 'not-ascii', char: odd, codePoint: codePoint(odd) } };
}

export function hostileProblem(root: AnySchema, source: Locatable, found: HostileData): Problem {
	const { file, data } = source;
	const key = String(found.path[found.path.length - 1]);
	const mode = found.kind === 'record-key' ? 'key' : 'value';
	const where = { file, span: spanOf(source, found.path, mode), path: found.path };
	if (found.kind === 'control') {
		const value = String(valueAt(data, found.path));
		const control = CONTROL.exec(value)![0];
		return createProblem(
			'INVALID_VALUE',
			{ field: describePath(data, found.path), reason: { kind: 'control-character', codePoint: codePoint(control) } },
			where,
		);
	}
	const value = found.kind === 'record-key' ? key : String(valueAt(data, found.path));
	return createProblem('INVALID_ID', { value, ...idReason(value) }, where);
}
