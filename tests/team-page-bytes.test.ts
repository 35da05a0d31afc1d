import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { assess, parseFramework, summariseGapReport, type Framework, type GapSummary, type Ladder } from '@rungs/core';
import { summariseTeam } from '@rungs/core/team';
import { describe, expect, it } from 'vitest';
import { syntheticAssessments, syntheticFiles } from '../bench/synthetic.js';
import { enTeam } from '../packages/astro/src/i18n/en-team.ts';
import { frameworkWithoutLadders, ladderIndexModule, ladderModule, type LadderIndex } from '../packages/astro/src/lib/assess-ladders.ts';
import { frameworkForSummary } from '../packages/astro/src/scripts/team/summary-framework.ts';
import { valueOf } from './support/result.ts';

// The team page used to embed every ladder's statements: 10 MB at 500 generated ladders, for a
// team whose assessments name a few ladders (issue #20). It now embeds what every ladder shares,
// and loads the self-assessment's ladder index and the files of the ladders the opened assessments name.

function organisation(ladders: number): Framework {
	const result = parseFramework(Object.entries(syntheticFiles({ ladders })).map(([path, text]) => ({ path, text })));
	if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
	return result.value;
}

/** A module's default export, read back as the page's script reads it. */
const exported = <T>(text: string): T => JSON.parse(text.slice('export default '.length).replace(/;\n$/, '')) as T;

/** What the team page embeds as data, as its route writes it: the framework without ladders, and its words. */
const embedded = (framework: Framework) => JSON.stringify(frameworkWithoutLadders(framework)).length + JSON.stringify({ lang: 'en', words: enTeam.script }).length;

/** The page's framework after loading the ladders named, built as scripts/assess/ladders.ts builds it: the index, then each file. */
function pageFramework(framework: Framework, loaded: readonly string[]) {
	const index = exported<LadderIndex>(ladderIndexModule(framework).text);
	const ladders = index.ladders.map(({ id, title, version, levels, competencies }) =>
		loaded.includes(id) ? exported<Ladder>(ladderModule(framework, id)) : ({ id, title, version, levels, competencies: [], ids: competencies } as unknown as Ladder),
	);
	const page = { ...frameworkWithoutLadders(framework), ladders };
	// The index's competency ids for a ladder not loaded (the script's ratedOn), undefined for a loaded one.
	const pending = (ladder: Ladder) => (loaded.includes(ladder.id) ? undefined : (ladder as unknown as { ids: string[] }).ids);
	return { page, pending };
}

/** Gap summaries of `n` people on the ladder at `at` of the framework, as the page makes them. */
function summaries(framework: Framework, at: number, n: number): GapSummary[] {
	const ladder = framework.ladders[at]!;
	return syntheticAssessments({ ...framework, ladders: [ladder] }, n).map((a, i) => {
		const named = { ...(a as object), person: { name: `${ladder.id} person ${i}`, id: `${ladder.id}-${i}` } };
		return summariseGapReport(valueOf(assess(framework, named as never)));
	});
}

describe('the team page of a generated organisation', () => {
	const sizes = [10, 50, 200].map((ladders) => ({ ladders, framework: organisation(ladders) }));

	it('embeds the same bytes however many ladders there are', () => {
		const bytes = sizes.map(({ framework }) => embedded(framework));
		expect(bytes[0]).toBeGreaterThan(0);
		expect(bytes).toEqual([bytes[0], bytes[0], bytes[0]]);
	});

	it("embeds that data and the self-assessment's ladder index address, and no ladder", () => {
		const page = readFileSync(fileURLToPath(new URL('../packages/astro/src/routes/team/index.astro', import.meta.url)), 'utf8');
		expect(page).toContain('const data = json(frameworkWithoutLadders(framework));');
		expect(page).toContain("href('assess/ladders.js')}?v=${ladderIndexModule(framework).hash}");
		expect(page).toMatch(/id="team-results" data-ladders=\{ladders\}/);
		expect(page).not.toMatch(/frameworkForAssessment|getLadders|\.ladders\b/);
	});

	it('summarises a team from the ladders its assessments name exactly as from the whole framework', () => {
		for (const { framework: generated } of sizes.slice(1)) {
			// The first ladder lists the shared competencies in another order: core's summary follows the
			// first ladder that names a competency, here one the team's assessments do not name.
			const [first, ...rest] = generated.ladders;
			const framework = { ...generated, ladders: [{ ...first!, competencies: [...first!.competencies].reverse() }, ...rest] };
			// Two ladders from the middle of the organisation.
			const reports = [...summaries(framework, 3, 4), ...summaries(framework, 7, 3)];
			const whole = valueOf(summariseTeam(framework, reports));
			const { page, pending } = pageFramework(framework, [framework.ladders[3]!.id, framework.ladders[7]!.id]);
			expect(valueOf(summariseTeam(frameworkForSummary(page, pending), reports))).toEqual(whole);
			const onThird = new Set(framework.ladders[3]!.competencies.map((c) => c.id));
			expect(whole.competencies[0]!.id).toBe(framework.ladders[0]!.competencies.find((c) => onThird.has(c.id))!.id);
			// Without the index's order, the loaded ladders alone would list them otherwise.
			expect(valueOf(summariseTeam(page, reports)).competencies.map((c) => c.id)).not.toEqual(whole.competencies.map((c) => c.id));
		}
	});
});
