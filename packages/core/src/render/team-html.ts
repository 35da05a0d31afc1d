import type { TeamSummary } from '../schema/team-summary.ts';
import { disclaimer, wordsOf, type MessageOptions } from './common.ts';
import { bar, cell, dataTable, EMAIL, emailDocument, heading, paragraph, style } from './email-html.ts';
import { escapeHtml as h } from './html.ts';
import { TEAM_ENGLISH, teamWords } from './team-words.ts';

/** A detail on its own line under a cell's headline, in small muted type. */
const small = (text: string) => `<br><span${style({ 'font-size': '12px', color: EMAIL.muted })}>${h(text)}</span>`;

/** A share at or above which a competency's bar is drawn as a strength. */
const STRONG_SHARE = 0.5;

/**
 * A team summary as one HTML page that also survives email: every style inline, tables for
 * layout, no script, no SVG, no class and no CSS variable; each share is a bar of table cells with
 * its percentage beside it. Paste it into a message, or open it in a browser.
 *
 * @example
 * const team = summariseTeam(framework, reports);
 * if (team.ok) await writeFile('team.html', renderTeamHtml(team.value, { messages: frenchMessages }));
 */
export function renderTeamHtml(team: TeamSummary, options: MessageOptions = {}): string {
	const w = wordsOf(options, TEAM_ENGLISH);
	const t = teamWords(w, team);
	const say = (code: 'team.readiness' | 'team.competencies' | 'team.weakest' | 'team.strongest' | 'team.thinEvidence' | 'team.disagreements' | 'team.none') => w.say(code, {});
	const title = w.say('team.title', { people: team.totals.people });
	const out: string[] = [heading(title, 1), paragraph(h(w.say('team.totals', team.totals)), { color: EMAIL.muted })];

	out.push(heading(say('team.readiness')));
	out.push(
		dataTable(
			undefined,
			[w.say('column.person', {}), w.say('column.target', {}), w.say('column.readiness', {})],
			// Three columns, the details under each headline in small type: it fits a phone's screen.
			team.people.map((p) => [
				cell(h(p.person.name), { 'font-weight': 'bold' }, 'th', ' scope="row"'),
				cell(`${h(t.target(p))}${small(t.basis(p))}`),
				// A mark and a word, never the colour alone.
				cell(`<span${style({ color: p.meetsRule ? EMAIL.good : EMAIL.warn })}>${p.meetsRule ? '✓' : '✗'} ${h(t.verdict(p))}</span>${small(t.blockers(p))}${small(t.counts(p))}`),
			]),
		),
	);

	const list = (code: 'team.weakest' | 'team.strongest' | 'team.thinEvidence', ids: readonly string[]) => {
		out.push(heading(say(code)));
		const named = t.named(ids);
		if (named.length === 0) return out.push(paragraph(h(say('team.none'))));
		const rows = named.map((c) => {
			const thin = code === 'team.thinEvidence';
			const share = thin ? c.noEvidence / Math.max(1, t.rated(c)) : (c.atTarget ?? 0);
			const colour = thin ? EMAIL.warn : share >= STRONG_SHARE ? EMAIL.good : EMAIL.bad;
			return `<tr>${cell(h(c.name), { 'font-weight': 'bold', width: '40%' })}${cell(bar(share, colour, thin ? t.noEvidence(c) : t.atTarget(c)))}</tr>`;
		});
		return out.push(`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"${style({ 'border-collapse': 'collapse', 'font-family': EMAIL.font, 'font-size': '14px' })}>${rows.join('')}</table>`);
	};
	list('team.weakest', team.weakest);
	list('team.strongest', team.strongest);
	list('team.thinEvidence', team.thinEvidence);

	out.push(heading(say('team.competencies')));
	out.push(
		dataTable(
			w.say('team.competenciesCaption', {}),
			[w.say('column.competency', {}), w.say('column.atTarget', {}), w.say('column.rating', {}), w.say('column.noEvidence', {})],
			team.competencies.map((c) => [
				cell(h(c.name), { 'font-weight': 'bold' }, 'th', ' scope="row"'),
				cell(bar(c.atTarget ?? 0, (c.atTarget ?? 0) >= STRONG_SHARE ? EMAIL.good : EMAIL.bad, t.share(c)), { width: '25%' }),
				// One cell of words rather than a column per rating: it wraps on a phone.
				cell(h(t.spreadOf(c)), { 'font-size': '13px' }),
				cell(String(c.noEvidence), { 'text-align': 'right' }),
			]),
		),
	);

	out.push(heading(say('team.disagreements')));
	const disagreed = t.disagreed;
	if (disagreed.length === 0) out.push(paragraph(h(t.noDisagreement())));
	else {
		out.push(
			dataTable(
				undefined,
				[w.say('column.competency', {}), w.say('column.pairs', {}), w.say('column.toDiscuss', {}), w.say('column.meanSteps', {})],
				disagreed.map((d) => [
					cell(h(d.name), { 'font-weight': 'bold' }, 'th', ' scope="row"'),
					cell(String(d.pairs), { 'text-align': 'right' }),
					cell(String(d.discuss), { 'text-align': 'right', color: d.discuss > 0 ? EMAIL.bad : EMAIL.text }),
					cell(String(d.meanSteps), { 'text-align': 'right' }),
				]),
			),
		);
		for (const p of team.disagreements.people) {
			const largest = p.largest.map((l) => h(w.say('team.largest', l))).join('<br>');
			out.push(paragraph(`<strong>${h(w.say('text.label', { label: p.person.name }))}</strong> ${h(w.say('team.personDisagreement', p))}<br>${largest}`));
		}
	}
	out.push(paragraph(h(disclaimer(w)), { color: EMAIL.muted, 'font-size': '12px', margin: '24px 0 0' }));
	return emailDocument(w.say('document.lang', {}), title, out.join(''));
}
