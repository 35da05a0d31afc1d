import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The site became a thin consumer of @rungs/astro (issue #15): it must still build every file it built
// before. tests/fixtures/site/routes.txt is the list of files of site/dist built from main just before
// the move (the hashed bundles under _astro/ left out: their names follow the code, not the routes),
// with the French pages under fr/ that #18 added.

const root = fileURLToPath(new URL('../', import.meta.url));
const dist = join(root, 'site/dist');

/** Pages added on purpose since the move: each one a route the site did not have before. */
const ADDED = [
	'api/core-team/index.html',
	'api/core-translate/index.html',
	'guides/publish-your-own-ladders/index.html',
	'schemas/assessors-report.schema.json',
	'schemas/growth-plan.schema.json',
	'schemas/progress-report.schema.json',
	'schemas/team-summary.schema.json',
	'schemas/translation.schema.json',
	'team/index.html',
	'fr/team/index.html',
	// A page per shared competency (issue #20): the one page that lists every ladder using it.
	'shared/customer-empathy/index.html',
	'shared/written-clarity/index.html',
	'shared/customer-empowerment/index.html',
	'shared/product-knowledge/index.html',
	'shared/judgement-within-guardrails/index.html',
	'shared/ownership/index.html',
	'shared/team-growth/index.html',
	'fr/shared/customer-empathy/index.html',
	'fr/shared/written-clarity/index.html',
	'fr/shared/customer-empowerment/index.html',
	'fr/shared/product-knowledge/index.html',
	'fr/shared/judgement-within-guardrails/index.html',
	'fr/shared/ownership/index.html',
	'fr/shared/team-growth/index.html',
	// The 404 page in French, where hosts that serve the nearest folder's 404 look for it (#18).
	'fr/404.html',
	// The self-assessment's ladders, an index and one module per ladder in each language, loaded when needed (#20).
	'assess/ladders.js',
	'assess/ladders/product-support-engineer.js',
	'assess/ladders/senior-support-engineer.js',
	'assess/ladders/support-operations.js',
	'assess/ladders/support-representative.js',
	'fr/assess/ladders.js',
	'fr/assess/ladders/product-support-engineer.js',
	'fr/assess/ladders/senior-support-engineer.js',
	'fr/assess/ladders/support-operations.js',
	'fr/assess/ladders/support-representative.js',
];

function files(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? files(path) : [relative(dist, path).replaceAll('\\', '/')];
	});
}

describe.skipIf(!existsSync(join(dist, 'index.html')))('the routes of the built site', () => {
	it('are the routes it built before the pages moved into @rungs/astro', () => {
		const before = readFileSync(join(root, 'tests/fixtures/site/routes.txt'), 'utf8').split('\n').filter(Boolean);
		const now = files(dist).filter((file) => !file.startsWith('_astro/')).sort();
		expect(now).toEqual([...before, ...ADDED].sort());
	});

	it('publish every page in French under fr/ with its 404 page and the self-assessment\'s ladders, and only those (no API reference, schema or asset)', () => {
		const all = files(dist).filter((file) => !file.startsWith('_astro/'));
		const pages = all.filter((file) => (file.endsWith('index.html') || file === '404.html' || file.startsWith('assess/ladders')) && !file.startsWith('fr/') && !file.startsWith('api/'));
		const french = all.filter((file) => file.startsWith('fr/'));
		expect(french.sort()).toEqual(pages.map((file) => `fr/${file}`).sort());
	});
});
