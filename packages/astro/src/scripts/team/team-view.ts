import type { Framework, GapSummary, Messages } from '@rungs/core';
import { summariseTeam, type TeamSummary } from '@rungs/core/team';
import { byId } from '../assess/dom.ts';
import { currentFramework, isLoaded, loadFramework, loadLadders, ratedOn } from '../assess/ladders.ts';
import { checkFile, type Checked } from './check.ts';
import type { Gathered } from './gather.ts';
import { basisReports, renderHeatmap } from './heatmap-view.ts';
import { renderDisagreements, renderLists } from './lists-view.ts';
import { messagesFor } from './messages.ts';
import { renderProblems } from './problems-view.ts';
import { renderReadiness } from './readiness-view.ts';
import { saveSummary } from './save.ts';
import { offerRetry, say } from './status.ts';
import { frameworkForSummary } from './summary-framework.ts';
import { summaryWords } from './summary-words.ts';
import { counted, fill, type PageWords } from './words.ts';

/** A ladder's file (or the ladder index) could not be loaded: the ladders named, by title where the index is here. Never shown as it is. */
class LaddersUnavailable extends Error {
	constructor(readonly titles: string | undefined) {
		super('ladders-unavailable');
	}
}

/**
 * The team page once files are opened: this module and core's checks load only then, and the ladder
 * index (`indexAddress`, shared with the self-assessment) with them; each ladder's file loads when an
 * opened assessment names it. It keeps the checked inputs of every file opened (in this page's memory
 * only), and shows core's summary.
 */
export async function startTeamView(page: PageWords, indexAddress: string) {
	const { lang, words } = page;
	// Loaded once; a failure is forgotten, so the next files opened (or "Try again") ask again.
	let index: Promise<Framework> | undefined;
	async function ladders(ids: readonly string[]): Promise<Framework> {
		try {
			await (index ??= loadFramework(indexAddress).catch((error: unknown) => {
				index = undefined;
				throw error;
			}));
		} catch {
			throw new LaddersUnavailable(undefined);
		}
		try {
			return await loadLadders(ids);
		} catch {
			const titles = ids.filter((id) => !isLoaded([id])).map((id) => currentFramework().ladders.find((m) => m.id === id)?.title ?? id);
			throw new LaddersUnavailable([...new Set(titles)].join(', '));
		}
	}
	const messages: Partial<Messages> | undefined = await messagesFor(lang);
	const w = summaryWords(messages);
	/** Each opened file's inputs, by its name: a file opened again replaces its earlier copy, in place. */
	const opened = new Map<string, Checked[]>();
	let team: TeamSummary | undefined;

	function show(skipped: number): void {
		const all = [...opened.values()].flat();
		const rejected = all.filter((input): input is Checked & { ok: false } => !input.ok);
		const reports: GapSummary[] = all.flatMap((input) => (input.ok ? [input.report] : []));
		renderProblems(byId('team-problems'), rejected, words, messages);
		const framework = reports.length > 0 ? frameworkForSummary(currentFramework(), (ladder) => (isLoaded([ladder.id]) ? undefined : ratedOn(ladder))) : undefined;
		const summary = framework ? summariseTeam(framework, reports) : undefined;
		team = summary?.ok ? summary.value : undefined;
		byId('team-results').hidden = team === undefined;
		const skippedNote = skipped > 0 ? ` ${counted(lang, words.skipped, skipped)}` : '';
		if (!team || !framework) return say(`${all.length === 0 ? words.nothing : words.noneValid}${skippedNote}`, 'error');
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
		/**
		 * Checks the files one after the other (each is read only when its turn comes), then shows the
		 * summary. When a ladder cannot be loaded, none of these files joins the summary and the page
		 * says so with a button that calls `retry`: what was opened before stays as it was.
		 */
		async add(gathered: Gathered, retry: () => void): Promise<void> {
			const checked = new Map<string, Checked[]>();
			try {
				for (const file of gathered.files) checked.set(file.name, await checkFile(file, ladders));
			} catch (error) {
				if (!(error instanceof LaddersUnavailable)) throw error;
				const text = error.titles === undefined ? words.laddersUnavailable : fill(words.ladderUnavailable, { ladder: error.titles });
				return offerRetry(text, words.ladderRetry, retry);
			}
			for (const [name, inputs] of checked) opened.set(name, inputs);
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
