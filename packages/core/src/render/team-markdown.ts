import type { MessageParams } from '../messages/catalog.ts';
import type { TeamSummary } from '../schema/team-summary.ts';
import { disclaimer, wordsOf, type MessageOptions } from './common.ts';
import { escapeMarkdown as e } from './escape-markdown.ts';
import { TEAM_ENGLISH, teamWords, type TeamCode } from './team-words.ts';

const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
const rule = (n: number) => row(Array.from({ length: n }, () => '---'));

/**
 * A team summary as Markdown, for a manager's notes or a wiki page: the same sections as the text,
 * with tables for readiness and for the ratings per competency.
 *
 * @example
 * const team = summariseTeam(framework, reports);
 * if (team.ok) await writeFile('team.md', renderTeamMarkdown(team.value));
 */
export function renderTeamMarkdown(team: TeamSummary, options: MessageOptions = {}): string {
	const w = wordsOf(options, TEAM_ENGLISH);
	const t = teamWords(w, team);
	/** A code that takes no parameters, escaped. */
	const say = <C extends TeamCode>(code: C) => e(w.say(code, {} as MessageParams[C]));
	const out: string[] = [`# ${e(w.say('team.title', { people: team.totals.people }))}`, '', e(w.say('team.totals', team.totals)), ''];
	out.push(`## ${say('team.readiness')}`, '');
	const columns = ['column.person', 'column.target', 'column.readiness', 'column.status', 'column.basis'] as const;
	out.push(row(columns.map((code) => say(code))), rule(columns.length));
	for (const p of team.people) out.push(row([e(p.person.name), e(t.target(p)), `${e(t.verdict(p))} (${e(t.blockers(p))})`, e(t.counts(p)), e(t.basis(p))]));
	const list = (title: string, ids: readonly string[], detail: (c: TeamSummary['competencies'][number]) => string) => {
		out.push('', `## ${e(title)}`, '');
		const named = t.named(ids);
		if (named.length === 0) out.push(say('team.none'));
		for (const c of named) out.push(`- ${w.say('text.label', { label: `**${e(c.name)}**` })} ${e(detail(c))}`);
	};
	list(w.say('team.weakest', {}), team.weakest, t.atTarget);
	list(w.say('team.strongest', {}), team.strongest, t.atTarget);
	list(w.say('team.thinEvidence', {}), team.thinEvidence, t.noEvidence);
	out.push('', `## ${say('team.competencies')}`, '', say('team.competenciesCaption'), '');
	out.push(row([say('column.competency'), say('column.atTarget'), ...team.scale.values.map((v) => e(v.label)), say('column.noEvidence')]), rule(team.scale.values.length + 3));
	for (const c of team.competencies) out.push(row([e(c.name), e(t.share(c)), ...c.ratings.map(String), String(c.noEvidence)]));
	out.push('', `## ${say('team.disagreements')}`, '');
	const disagreed = t.disagreed;
	if (disagreed.length === 0) out.push(e(t.noDisagreement()));
	else {
		out.push(row([say('column.competency'), say('column.pairs'), say('column.toDiscuss'), say('column.meanSteps')]), rule(4));
		for (const d of disagreed) out.push(row([e(d.name), String(d.pairs), String(d.discuss), String(d.meanSteps)]));
		out.push('');
		for (const p of team.disagreements.people) {
			out.push(`- ${w.say('text.label', { label: `**${e(p.person.name)}**` })} ${e(w.say('team.personDisagreement', p))}`);
			for (const l of p.largest) out.push(`  - ${e(w.say('team.largest', l))}`);
		}
	}
	out.push('', `*${e(disclaimer(w))}*`);
	return `${out.join('\n')}\n`;
}
