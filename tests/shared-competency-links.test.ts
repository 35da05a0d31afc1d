import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseFramework, type Framework } from '@rungs/core';
import { describe, expect, it } from 'vitest';
import { syntheticFiles } from '../bench/synthetic.js';
import { ALSO_ON_SHOWN, siteIndex } from '../packages/astro/src/lib/site-index.ts';

// A ladder's page of a shared competency used to link every other ladder that has it: about 40 KB a
// page at 500 ladders, the site's bytes growing with the square of the organisation (issue #20). It
// now names a few and links the competency's own page (/shared/<id>/), which lists them all.

function organisation(ladders: number): Framework {
	const result = parseFramework(Object.entries(syntheticFiles({ ladders })).map(([path, text]) => ({ path, text })));
	if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
	return result.value;
}

/** The largest part a ladder's page of `competency` gives to the other ladders, in bytes. */
const largestAlsoOn = (framework: Framework, competency: string): number =>
	Math.max(...framework.ladders.map((ladder) => Buffer.byteLength(siteIndex(framework).alsoOn(competency, ladder).links)));

describe("a ladder's page of a shared competency", () => {
	const sizes = [10, 50, 200].map((ladders) => ({ ladders, framework: organisation(ladders) }));

	it('stays the same size however many ladders share the competency', () => {
		const bytes = sizes.map(({ framework }) => largestAlsoOn(framework, 'empathy'));
		expect(bytes[0]).toBeGreaterThan(0);
		expect(bytes).toEqual([bytes[0], bytes[0], bytes[0]]);
	});

	it('names a few other ladders and counts the rest, never itself', () => {
		for (const { ladders, framework } of sizes) {
			const [first, second] = framework.ladders;
			const also = siteIndex(framework).alsoOn('empathy', first!);
			expect(also.links.split('</a>').length - 1).toBe(ALSO_ON_SHOWN);
			expect(also.links).not.toContain(`/ladders/${first!.id}/`);
			expect(also.links).toContain(`href="/ladders/${second!.id}/competencies/empathy/"`);
			expect(also.more).toBe(ladders - 1 - ALSO_ON_SHOWN);
			expect(also.users).toBe(ladders);
		}
	});

	it('has every other ladder when there are few, and nothing more to count', () => {
		const framework = organisation(3);
		const also = siteIndex(framework).alsoOn('clarity', framework.ladders[1]!);
		expect(also.links.split('</a>').length - 1).toBe(2);
		expect(also.more).toBe(0);
	});
});

describe("a shared competency's own page", () => {
	it('lists every ladder that uses it, once, in ladder order', () => {
		const framework = organisation(50);
		const users = siteIndex(framework).usersOf('growth');
		expect(users.map((u) => u.ladder.id)).toEqual(framework.ladders.map((m) => m.id));
		expect(users[0]!.link).toBe(`<a href="/ladders/${framework.ladders[0]!.id}/competencies/growth/">${framework.ladders[0]!.title}</a>`);
		expect(siteIndex(framework).usersOf('no-such-competency')).toEqual([]);
	});
});

// Over the built site of the bundled ladders, when it has been built: the pages exist in both
// languages and link each other.
const dist = fileURLToPath(new URL('../site/dist', import.meta.url));
describe.skipIf(!existsSync(join(dist, 'index.html')))('the built pages of a shared competency', () => {
	const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

	it('list the ladders that use it and are linked from each of them, in English and in French', () => {
		for (const [prefix, heading] of [['', /Used by 3 ladders/], ['fr/', /Utilisée par 3\séchelles/]] as const) {
			const shared = page(`${prefix}shared/customer-empathy`);
			expect(shared).toMatch(heading);
			for (const ladder of ['support-representative', 'product-support-engineer', 'senior-support-engineer'])
				expect(shared).toContain(`href="/${prefix}ladders/${ladder}/competencies/customer-empathy/"`);
			expect(page(`${prefix}ladders/support-representative/competencies/customer-empathy`)).toContain(`href="/${prefix}shared/customer-empathy/"`);
		}
	});
});
