import type { TeamSummary } from '../schema/team-summary.ts';
import { disclaimer, wordsOf } from './common.ts';
import type { TextOptions } from './render-text.ts';
import { TEAM_ENGLISH, teamWords } from './team-words.ts';

const paint = (on: boolean | undefined, code: string, text: string) => (on ? `\u001b[${code}m${text}\u001b[0m` : text);

/**
 * A team summary for a terminal: readiness person by person, then the competencies where the team
 * is weakest and strongest, where evidence is thin, and where self and manager disagree.
 *
 * @example
 * const team = summariseTeam(framework, reports);
 * if (team.ok) process.stdout.write(renderTeamText(team.value, { color: process.stdout.isTTY }));
 */
export function renderTeamText(team: TeamSummary, options: TextOptions = {}): string {
	const c = options.color;
	const w = wordsOf(options, TEAM_ENGLISH);
	const t = teamWords(w, team);
	const heading = (text: string) => ['', paint(c, '1', text)];
	const out: string[] = [paint(c, '1', w.say('team.title', { people: team.totals.people })), w.say('team.totals', team.totals)];
	out.push(...heading(w.say('team.readiness', {})));
	for (const p of team.people) {
		const verdict = p.meetsRule ? paint(c, '32', t.verdict(p)) : paint(c, '33', t.verdict(p));
		out.push(`  ${w.say('text.label', { label: p.person.name })} ${verdict} (${t.blockers(p)}) · ${t.target(p)}`);
		out.push(`      ${t.counts(p)} · ${t.basis(p)}`);
	}
	const list = (title: string, ids: readonly string[], detail: (c: TeamSummary['competencies'][number]) => string) => {
		out.push(...heading(title));
		const named = t.named(ids);
		if (named.length === 0) out.push(`  ${w.say('team.none', {})}`);
		for (const competency of named) out.push(`  - ${w.say('text.label', { label: competency.name })} ${detail(competency)}`);
	};
	list(w.say('team.weakest', {}), team.weakest, t.atTarget);
	list(w.say('team.strongest', {}), team.strongest, t.atTarget);
	list(w.say('team.thinEvidence', {}), team.thinEvidence, t.noEvidence);
	out.push(...heading(w.say('team.competencies', {})));
	const width = Math.max(...team.competencies.map((x) => x.name.length), 0);
	for (const competency of team.competencies) {
		const spread = team.scale.values.map((v, i) => `${v.label} ${competency.ratings[i]}`).join(' · ');
		out.push(`  ${competency.name.padEnd(width)}  ${t.share(competency).padStart(4)}  ${spread}`);
	}
	out.push(...heading(w.say('team.disagreements', {})));
	const disagreed = t.disagreed;
	if (disagreed.length === 0) out.push(`  ${t.noDisagreement()}`);
	for (const d of disagreed) out.push(`  - ${w.say('text.label', { label: d.name })} ${w.say('team.disagreementLine', d)}`);
	for (const p of team.disagreements.people) {
		out.push(`  ${w.say('text.label', { label: p.person.name })} ${w.say('team.personDisagreement', p)}`);
		for (const l of p.largest) out.push(`      ${w.say('team.largest', l)}`);
	}
	out.push('', paint(c, '2', disclaimer(w)));
	return `${out.join('\n')}\n`;
}
