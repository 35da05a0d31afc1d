import { describe, expect, it } from 'vitest';
import { identifySource } from '@rungs/core';

const identify = (text: string) => identifySource({ path: 'file.yaml', text });

describe('identifySource', () => {
	it('reads a ladder file\'s kind, id and version', () => {
		expect(identify('format: rungs/ladder@1\nid: support-ops\nversion: 2.1.0\ntitle: Support operations\n')).toEqual({
			kind: 'ladder',
			id: 'support-ops',
			version: '2.1.0',
		});
	});

	it('reads the ladder an assessment was made on', () => {
		expect(identify('format: rungs/assessment@1\nladder: { id: support-representative, version: 1.2.0 }\n')).toEqual({
			kind: 'assessment',
			ladder: { id: 'support-representative', version: '1.2.0' },
		});
	});

	it('leaves out what is missing or not a string, and an unknown format', () => {
		expect(identify('format: rungs/ladder@9\nid: 42\nversion: [1]\nladder: 3\n')).toEqual({ ladder: {} });
	});

	it('reads nothing from broken YAML, a duplicate key or an alias bomb, and never throws', () => {
		expect(identify('id: [unclosed\n')).toEqual({});
		expect(identify('id: a\nid: b\n')).toEqual({});
		const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 9 }, (_, i) => `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}, *${String.fromCharCode(97 + i)}]`), 'id: bomb'].join('\n');
		expect(identify(bomb)).toEqual({});
	});

	it('does not read inherited keys', () => {
		expect(identify('format: rungs/ladder@1\n')).toEqual({ kind: 'ladder' });
		expect(identify('"__proto__": { id: x }\n').id).toBeUndefined();
	});
});
