import type { ValueKind } from '../messages/problem-params.ts';

/** A value's kind, for WRONG_TYPE, with the scalar written (cut to 40 characters) when it is one. */
export function kindOf(value: unknown): { received: ValueKind; value?: string } {
	if (value === null) return { received: 'null' };
	if (value === undefined) return { received: 'undefined' };
	if (Array.isArray(value)) return { received: 'list' };
	if (value instanceof Date) return { received: Number.isNaN(value.getTime()) ? 'invalid-date' : 'date' };
	if (typeof value === 'object') return { received: 'mapping' };
	const written = String(value).slice(0, 40);
	if (typeof value === 'string') return { received: 'text', value: written };
	if (typeof value === 'number') return { received: 'number', value: written };
	if (typeof value === 'boolean') return { received: 'boolean', value: written };
	if (typeof value === 'bigint') return { received: 'bigint', value: written };
	return { received: 'other' };
}
