import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFramework, type Framework } from '@rungs/core';
import { describe, expect, it } from 'vitest';
import { syntheticFiles } from '../bench/synthetic.js';
import { frameworkForAssessment } from '../packages/astro/src/lib/assess-data.ts';
import { frameworkWithoutLadders, ladderIndexModule, ladderModule, type LadderIndex } from '../packages/astro/src/lib/assess-ladders.ts';

// The self-assessment page used to embed every ladder's statements: 10.6 MB at 500 generated
// ladders, for a person who rates against one ladder at a time (issue #20). It now embeds what every
// ladder shares; the ladder index and one module per ladder are files of their own, loaded when needed.

function organisation(ladders: number): Framework {
	const result = parseFramework(Object.entries(syntheticFiles({ ladders })).map(([path, text]) => ({ path, text })));
	if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
	return result.value;
}

/** A module's default export, read back as the page's script reads it. */
const exported = <T>(text: string): T => {
	expect(text.startsWith('export default ')).toBe(true);
	return JSON.parse(text.slice('export default '.length).replace(/;\n$/, '')) as T;
};

describe('the self-assessment page of a generated organisation', () => {
	const sizes = [10, 50, 200].map((ladders) => ({ ladders, framework: organisation(ladders) }));

	it('embeds the same bytes however many ladders there are', () => {
		const bytes = sizes.map(({ framework }) => Buffer.byteLength(JSON.stringify(frameworkWithoutLadders(framework))));
		expect(bytes[0]).toBeGreaterThan(0);
		expect(bytes).toEqual([bytes[0], bytes[0], bytes[0]]);
		for (const { framework } of sizes) {
			const embedded = frameworkWithoutLadders(framework);
			expect(embedded.ladders).toEqual([]);
			expect(embedded.scale).toEqual(framework.scale);
		}
	});

	it('has one file per ladder, no larger in a larger organisation', () => {
		const largest = sizes.map(({ framework }) => Math.max(...framework.ladders.map((ladder) => Buffer.byteLength(ladderModule(framework, ladder.id)))));
		// Generated words and ids grow by a few characters with the organisation; the statements do not.
		expect(largest[2]).toBeLessThanOrEqual(largest[0]! * 1.05);
	});

	it('gives each ladder in its file exactly as the page used to embed it', () => {
		const { framework } = sizes[0]!;
		const whole = frameworkForAssessment(framework);
		for (const ladder of whole.ladders) expect(exported(ladderModule(framework, ladder.id))).toEqual(JSON.parse(JSON.stringify(ladder)));
		expect(() => ladderModule(framework, 'no-such-ladder')).toThrow(/no-such-ladder/);
	});

	it('indexes every ladder with its levels and competency ids, and its files under one content hash', () => {
		for (const { ladders, framework } of sizes) {
			const { version, ladders: index } = exported<LadderIndex>(ladderIndexModule(framework).text);
			expect(version).toMatch(/^[0-9a-f]{12}$/);
			expect(index).toHaveLength(ladders);
			const [first] = index;
			const ladder = framework.ladders[0]!;
			expect(first).toMatchObject({ id: ladder.id, title: ladder.title, version: ladder.version });
			expect(first!.levels.map((l) => l.id)).toEqual(ladder.levels.map((l) => l.id));
			expect(first!.competencies).toEqual(ladder.competencies.map((c) => c.id));
		}
		// Other ladders, other files: both the index's address and the files' version change.
		const [small, large] = [sizes[0]!.framework, sizes[1]!.framework].map((framework) => ladderIndexModule(framework));
		expect(small!.hash).not.toBe(large!.hash);
		expect(exported<LadderIndex>(small!.text).version).not.toBe(exported<LadderIndex>(large!.text).version);
	});
});

// Over the built site of the bundled ladders, when it has been built: each language's page embeds no
// ladder, and its index names each ladder's file, which holds that ladder in that language.
const dist = fileURLToPath(new URL('../site/dist', import.meta.url));
describe.skipIf(!existsSync(join(dist, 'index.html')))('the built self-assessment page', () => {
	it('embeds no ladder and finds every ladder through its index, in English and in French', () => {
		const files = new Map<string, string>();
		for (const prefix of ['', 'fr/']) {
			const html = readFileSync(join(dist, prefix, 'assess/index.html'), 'utf8');
			const embedded = JSON.parse(/<script type="application\/json" id="rungs-framework">([^<]*)<\/script>/.exec(html)![1]!) as Framework;
			expect(embedded.ladders).toEqual([]);
			const address = /data-ladders="([^"]+)"/.exec(html)![1]!;
			expect(address.startsWith(`/${prefix}assess/ladders.js?v=`)).toBe(true);
			const index = exported<LadderIndex>(readFileSync(join(dist, address.replace(/\?.*$/, '')), 'utf8')).ladders;
			expect(index.map((entry) => `${entry.id}.js`).sort()).toEqual(readdirSync(join(dist, prefix, 'assess/ladders')).sort());
			for (const entry of index) {
				const text = readFileSync(join(dist, prefix, 'assess/ladders', `${entry.id}.js`), 'utf8');
				const ladder = exported<Framework['ladders'][number]>(text);
				expect(ladder.id).toBe(entry.id);
				expect(ladder.competencies.map((c) => c.id)).toEqual(entry.competencies);
				// The French file of a ladder is its French text: never the English file again.
				if (prefix === '') files.set(entry.id, text);
				else expect(text, entry.id).not.toBe(files.get(entry.id));
			}
		}
		expect(files.size).toBeGreaterThan(0);
	});
});
