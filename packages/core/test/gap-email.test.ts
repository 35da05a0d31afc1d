import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assess, englishMessages, parseAssessment, parseFramework, type GapReport, type Messages } from '@rungs/core';
import { renderAssessors, renderGapEmail, renderGapText, renderTeamSummary } from '@rungs/core/render';
import { compareAssessors, summariseTeam } from '@rungs/core/team';
import { valueOf } from './_fixtures.ts';
import { leftoverWords } from './_words.ts';

// Every example assessment on the real ladders, as a gap report: the email must hold for all of them.
const root = new URL('../../../matrices/', import.meta.url);
const framework = valueOf(parseFramework(readdirSync(root).filter((f) => f.endsWith('.yaml')).map((f) => ({ path: `matrices/${f}`, text: readFileSync(new URL(f, root), 'utf8') }))));
const assessments = readdirSync(new URL('examples/', root))
	.filter((f) => f.endsWith('.yaml'))
	.sort()
	.map((f) => valueOf(parseAssessment({ path: f, text: readFileSync(new URL(`examples/${f}`, root), 'utf8') }, framework)));
const reports: GapReport[] = assessments.map((a) => valueOf(assess(framework, a)));

/**
 * What mail clients drop or break, found in the HTML: Gmail strips `<style>` in many views and every
 * class with it, Outlook's Word engine ignores CSS variables, flex and grid, and no client runs a
 * script or shows inline SVG reliably. Returns what is wrong, empty when nothing is.
 */
function emailProblems(html: string): string[] {
	const found: string[] = [];
	const forbidden: Array<[RegExp, string]> = [
		[/<script\b/i, 'a script'],
		[/<svg\b/i, 'SVG'],
		[/<style\b/i, 'a style sheet'],
		[/<link\b/i, 'a linked resource'],
		[/<img\b/i, 'an image'],
		[/\sclass\s*=/i, 'a class'],
		[/\sid\s*=/i, 'an id'],
		[/var\(--/i, 'a CSS variable'],
		[/display\s*:\s*(?:flex|grid)/i, 'flex or grid layout'],
		[/position\s*:/i, 'positioning'],
		[/@media|@container/i, 'a media or container query'],
		[/\son[a-z]+\s*=/i, 'an event handler'],
	];
	for (const [pattern, what] of forbidden) if (pattern.test(html)) found.push(what);
	// Every block that draws something carries its own style: nothing is left to a style sheet.
	for (const tag of html.matchAll(/<(table|td|th|p|h1|h2|h3|ul|li|caption)\b([^>]*)>/gi)) {
		if (!/\sstyle="/.test(tag[2]!) && !/role="presentation"/.test(tag[2]!)) found.push(`<${tag[1]}> without an inline style`);
	}
	return found;
}

describe('renderGapEmail', () => {
	it.each(reports.map((r) => [`${r.person.name} (${r.assessor.role})`, r] as const))('keeps to what mail clients show, for %s', (_name, report) => {
		const email = valueOf(renderGapEmail(report));
		expect(emailProblems(email.html)).toEqual([]);
		// The chart is a table of bars, one row per competency, each rating written beside its bar.
		expect(email.html.match(/<tr><th[^>]*scope="row"/g)?.length).toBe(report.competencies.length);
		for (const gap of report.competencies) if (gap.rating) expect(email.html).toContain(gap.rating.label);
		expect(email.text).toBe(renderGapText(report));
		expect(email.subject).toContain(report.person.name);
	});

	it('would catch what mail clients drop', () => {
		expect(emailProblems('<div class="x"><svg></svg><p>no style</p><script></script></div>')).toEqual(['a script', 'SVG', 'a class', '<p> without an inline style']);
		expect(emailProblems('<td style="color:var(--ink);display:flex">')).toEqual(['a CSS variable', 'flex or grid layout']);
	});

	it('holds for the team summary and the calibration of several assessors too', () => {
		expect(emailProblems(valueOf(renderTeamSummary(valueOf(summariseTeam(framework, reports)), 'html')))).toEqual([]);
		const [self, manager] = [assessments.find((a) => a.person.id === 'jonas' && a.assessor.role === 'self')!, assessments.find((a) => a.person.id === 'jonas' && a.assessor.role === 'manager')!];
		expect(emailProblems(valueOf(renderAssessors(valueOf(compareAssessors(framework, [self, manager])), 'html')))).toEqual([]);
	});

	it('words everything through the catalog, in French too', () => {
		const pseudo = Object.fromEntries(Object.entries(englishMessages).map(([code, say]) => [code, (params: unknown) => `⟦${(say as (p: unknown) => string)(params)}⟧`])) as unknown as Messages;
		const email = valueOf(renderGapEmail(reports[0]!, { messages: pseudo }));
		expect(leftoverWords(`${email.subject}\n${email.html}`, reports[0], /⟦[^⟦⟧]*⟧/g)).toEqual([]);
		const french = valueOf(renderGapEmail(reports[0]!, { locale: 'fr' }));
		expect(french.html).toContain('<html lang="fr">');
		expect(french.subject).toContain('Rapport d’écarts');
		expect(french.text).toContain('Rapport d’écarts');
	});

	it('escapes what people wrote, and links only to web addresses', () => {
		const report = reports.find((r) => r.competencies.some((c) => c.evidence.items.length > 0))!;
		const hostile = {
			...report,
			person: { name: '<script>alert(1)</script>' },
			competencies: report.competencies.map((c) => ({ ...c, evidence: { ...c.evidence, items: c.evidence.items.map((e) => ({ ...e, url: 'javascript:alert(1)' })) } })),
		} as GapReport;
		const email = valueOf(renderGapEmail(hostile));
		expect(email.html).not.toContain('<script>');
		expect(email.html).not.toContain('javascript:');
		expect(emailProblems(email.html)).toEqual([]);
	});

	it('refuses an unknown option, located', () => {
		const result = renderGapEmail(reports[0]!, { colour: true } as never);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.problems[0]).toMatchObject({ code: 'INVALID_OPTION', file: 'options', path: ['colour'] });
	});
});
