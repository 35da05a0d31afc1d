import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ladderToCase, ladderToCsv, type Framework } from '@rungs/core';
import { loadFramework } from '@rungs/core/node';
import { valueOf } from './support/result.ts';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const framework = valueOf((await loadFramework(new URL('../matrices/', import.meta.url).pathname))) as Framework;

function caseValidator() {
	const schema = JSON.parse(readFileSync(new URL('./standards/case-v1p1-cfpackage-schema.json', import.meta.url), 'utf8'));
	// The published file names the 2020-12 meta-schema over http; ajv registers it over https.
	schema.$schema = 'https://json-schema.org/draft/2020-12/schema';
	const ajv = new Ajv2020({ allErrors: true, strict: false });
	addFormats(ajv);
	ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31 });
	ajv.addFormat('float', { type: 'number', validate: (n: number) => Number.isFinite(n) });
	return ajv.compile(schema);
}

describe('CASE 1.1 export', () => {
	const validate = caseValidator();

	it.each(framework.ladders.map((m) => [m.id, m] as const))('%s is a valid CFPackage', (_id, ladder) => {
		const cfPackage = ladderToCase(framework, ladder);
		expect(validate(cfPackage), JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toBe(true);
	});

	it('is deterministic: identifiers are UUIDv5 from stable ids, equal on every export', () => {
		const ladder = framework.ladders[0]!;
		expect(JSON.stringify(ladderToCase(framework, ladder))).toBe(JSON.stringify(ladderToCase(framework, ladder)));
		const ids = (ladderToCase(framework, ladder).CFItems as Array<{ identifier: string }>).map((i) => i.identifier);
		expect(new Set(ids).size).toBe(ids.length);
		for (const identifier of ids) expect(identifier).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
	});

	it('carries every level, competency and statement, and links them', () => {
		const ladder = framework.ladders.find((m) => m.id === 'support-representative')!;
		const cfPackage = ladderToCase(framework, ladder, { baseUrl: 'https://ladders.example.com/' });
		const items = cfPackage.CFItems as Array<{ CFItemType: string; uri: string }>;
		const statements = ladder.competencies.reduce((n, c) => n + Object.values(c.expectations).flat().length, 0);
		expect(items.filter((i) => i.CFItemType === 'Career Level')).toHaveLength(ladder.levels.length);
		expect(items.filter((i) => i.CFItemType === 'Competency')).toHaveLength(ladder.competencies.length);
		expect(items.filter((i) => i.CFItemType === 'Behavioral Indicator')).toHaveLength(statements);
		expect(items.every((i) => i.uri.startsWith('https://ladders.example.com/case/v1p1/CFItems/'))).toBe(true);
		const associations = cfPackage.CFAssociations as Array<{ associationType: string }>;
		expect(associations.filter((a) => a.associationType === 'precedes')).toHaveLength(ladder.levels.length - 1);
		expect(associations.filter((a) => a.associationType === 'isRelatedTo')).toHaveLength(statements);
	});
});

describe('CSV export', () => {
	it('writes a UTF-8 grid with a byte-order mark, CRLF line ends and one row per competency and decision', () => {
		const ladder = framework.ladders[0]!;
		const csv = ladderToCsv(framework, ladder);
		expect(csv.startsWith('\uFEFF"Competency","Category","Shared","Required",')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		const records = parseCsv(csv.slice(1));
		const decisions = new Set(ladder.levels.flatMap((l) => (l.authority?.decideAlone ?? []).map((d) => d.id)));
		expect(records).toHaveLength(1 + ladder.competencies.length + decisions.size);
		expect(records.every((r) => r.length === 4 + ladder.levels.length)).toBe(true);
		expect(records[1]![4]).toBe((ladder.competencies[0]!.expectations[ladder.levels[0]!.id] ?? []).map((s) => s.text.trim()).join('\n'));
	});

	it('defuses cells a spreadsheet would read as formulas, and quotes commas and quotes', () => {
		// A changed copy (the loaded framework is frozen): the first competency renamed.
		const original = framework.ladders[0]!;
		const [first, ...rest] = original.competencies;
		const ladder = { ...original, competencies: [{ ...first!, name: '=HYPERLINK("https://evil.example","x"), and more' }, ...rest] };
		const records = parseCsv(ladderToCsv(framework, ladder).slice(1));
		expect(records[1]![0]).toBe(`'=HYPERLINK("https://evil.example","x"), and more`);
	});
});

/** A strict RFC 4180 reader, to prove the output parses back. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
			else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"') quoted = true;
		else if (ch === ',') (row.push(field), (field = ''));
		else if (ch === '\r' && text[i + 1] === '\n') (row.push(field), rows.push(row), (row = []), (field = ''), i++);
		else field += ch;
	}
	return rows;
}
