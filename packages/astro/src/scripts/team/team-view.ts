import type { Framework, GapSummary, Messages } from '@rungs/core';
import { summariseTeam, type TeamSummary } from '@rungs/core/team';
import { byId } from '../assess/dom.ts';
import { checkFile, type Checked } from './check.ts';
import type { Gathered } from './gather.ts';
import { basisReports, renderHeatmap } from './heatmap-view.ts';
import { renderDisagreements, renderLists } from './lists-view.ts';
import { messagesFor } from './messages.ts';
import { renderProblems } from './problems-view.ts';
import { renderReadiness } from './readiness-view.ts';
import { saveSummary } from './save.ts';
import { say } from './status.ts';
import { summaryWords } from './summary-words.ts';
import { counted, type PageWords } from './words.ts';

/**
 * The team page once files are opened: this module and core's checks load only then. It keeps
 * the checked inputs of every file opened (in this page's memory only), and shows core's summary.
 */
export async function startTeamView(framework: Framework, page: PageWords) {
	const { lang, words } = page;
	const messages: Messages | undefined = await messagesFor(lang);
	const w = summaryWords(messages);
	/** Each opened file's inputs, by its name: a file opened again replaces its earlier copy, in place. */
	const opened = new Map<string, Checked[]>();
	let team: TeamSummary | undefined;

	function show(skipped: number): void {
		const all = [...opened.values()].flat();
		const rejected = all.filter((input): input is Checked & { ok: false } => !input.ok);
		const reports: GapSummary[] = all.flatMap((input) => (input.ok ? [input.report] : []));
		renderProblems(byId('team-problems'), rejected, words, messages);
		const summary = reports.length > 0 ? summariseTeam(framework, reports) : undefined;
		team = summary?.ok ? summary.value : undefined;
		byId('team-results').hidden = team === undefined;
		const skippedNote = skipped > 0 ? ` ${counted(lang, words.skipped, skipped)}` : '';
		if (!team) return say(`${all.length === 0 ? words.nothing : words.noneValid}${skippedNote}`, 'error');
		byId('team-title').textContent = w.say({ code: 'team.title', params: { people: team.totals.people } });
		byId('team-totals').textContent = w.say({ code: 'team.totals', params: team.totals });
		renderReadiness(byId('team-readiness'), team, w);
		renderHeatmap(byId('team-heatmap'), team, basisReports(team, reports), framework, words);
		renderLists(byId('team-lists'), team, w, words);
		renderDisagreements(byId('team-disagreements'), team, w);
		const left = rejected.length > 0 ? ` ${counted(lang, words.rejectedCount, rejected.length)}` : '';
		say(`${counted(lang, words.summarised, reports.length)}${left}${skippedNote}`, rejected.length > 0 ? 'error' : 'info');
	}

	return {
		/** Checks the files one after the other (each is read only when its turn comes), then shows the summary. */
		async add(gathered: Gathered): Promise<void> {
			for (const file of gathered.files) opened.set(file.name, await checkFile(file, framework));
			show(gathered.skipped);
		},
		clear(): void {
			opened.clear();
			team = undefined;
			byId('team-results').hidden = true;
			// Emptied, not only hidden: nothing read from the files stays in the page.
			for (const id of ['team-title', 'team-totals', 'team-readiness', 'team-heatmap', 'team-lists', 'team-disagreements']) byId(id).replaceChildren();
			renderProblems(byId('team-problems'), [], words, messages);
			say(words.cleared);
		},
		save(format: 'markdown' | 'json' | 'html'): void {
			if (team) saveSummary(team, format, words.fileName, messages);
		},
	};
}
