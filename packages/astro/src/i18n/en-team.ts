/*
 * The team page's text in English: the page around what its script fills in, and (under `script`)
 * every sentence the script writes, which travels to the browser inside the page as data. Script
 * sentences are templates: `{name}` is replaced by a value; a sentence that depends on a count has a
 * `one` and an `other` form, chosen by the page language's plural rules. The summary's own words
 * (readiness, counts, shares, headings of core's report) come from @rungs/core's message catalog.
 */
export const enTeam = {
	nav: 'Team',
	title: 'Team summary',
	description: 'Open your team’s assessments at once and see readiness, ratings and disagreements at a glance, privately in your browser.',
	lede: 'Open every assessment of your team at once: readiness per person against their own target, every rating side by side, and where to look first.',
	privateHeading: 'Private by design.',
	private: 'The files are read by this page, in this browser: nothing is sent anywhere and nothing is kept. Close the page and it is gone, unless you save the summary.',
	noScript: 'This page needs JavaScript to read the assessments in your browser. The command line gives the same summary: rungs team <folder>.',
	openHeading: 'Open the assessments',
	chooseFiles: 'Choose files',
	chooseFolder: 'Choose a folder',
	dropHint: 'Or drop files and folders anywhere on this page.',
	formatsHelp: 'Assessments saved from the self-assessment or written by hand, in YAML or JSON, and NDJSON files with one assessment per line (as rungs gap --batch reads them). Open more at any time: they join the summary, and a file opened again replaces its earlier copy.',
	startAgain: 'Start again',
	dropHere: 'Drop the files here',
	/** The home page's sentence that leads here, split around the link. */
	homeBefore: 'Managers can open a whole team’s assessments in the ',
	homeLink: 'team summary',
	homeAfter: ': readiness per person, every rating side by side, and where self and manager disagree. It runs in the browser too.',
	homeHeading: 'See your team at a glance.',
	script: {
		reading: { one: 'Reading {count} file…', other: 'Reading {count} files…' },
		nothing: 'There is no assessment file in what you opened: only files ending in .yaml, .yml, .json, .ndjson or .jsonl are read.',
		skipped: { one: '{count} other file was not read: only files ending in .yaml, .yml, .json, .ndjson or .jsonl are.', other: '{count} other files were not read: only files ending in .yaml, .yml, .json, .ndjson or .jsonl are.' },
		summarised: { one: 'The summary covers {count} assessment.', other: 'The summary covers {count} assessments.' },
		rejectedCount: { one: '{count} is left out because it has problems: see the list below.', other: '{count} are left out because they have problems: see the list below.' },
		noneValid: 'None of the files opened is an assessment of these ladders as this page expects one, so there is no summary yet: see the list below.',
		failed: 'The files could not be read here: {reason}',
		ladderUnavailable: '{ladder} could not be loaded from this site, so these files cannot be checked yet. Check your connection and try again: nothing you opened is lost.',
		laddersUnavailable: 'The ladders could not be loaded from this site, so these files cannot be checked yet. Check your connection and try again: nothing you opened is lost.',
		ladderRetry: 'Try again',
		cleared: 'Cleared: nothing from those files is on this page any more.',
		problemsHeading: 'Left out of the summary',
		problemsHelp: 'These files are not summarised. Fix them and open them again: a file opened again replaces its earlier copy.',
		lineOf: '{file}, line {line}',
		located: 'Line {line}, column {column}: {sentence}',
		locatedColumn: 'Column {column}: {sentence}',
		details: 'Details for whoever edits the file',
		heatmapHeading: 'Every rating, person by person',
		heatmapHelp: 'Each person is rated against their own target, as in their assessment. A mark beside each rating says where it stands against that target.',
		heatmapCaption: 'Ratings by competency and person, with where each stands against the person’s own target.',
		heatmapRegion: 'Ratings by competency and person (the table scrolls sideways)',
		competency: 'Competency',
		legendHeading: 'Marks',
		exceeds: 'above the target',
		meets: 'at the target',
		below: 'below the target',
		unrated: 'not rated',
		notExpected: 'not part of their target',
		notRated: 'Not rated',
		notExpectedCell: '—',
		listsHeading: 'Where to look first',
		disagreeHeading: 'Where self and manager disagree',
		saveHeading: 'Save the summary',
		saveHelp: 'A file made here in your browser: the summary above (readiness, ratings per competency, disagreements), without the files’ notes and evidence.',
		saveMarkdown: 'Markdown',
		saveJson: 'JSON',
		saveHtml: 'HTML (survives email)',
		fileName: 'team-summary',
	},
};

/** The team page's text: this shape in every language. */
export type TeamStrings = typeof enTeam;
/** The sentences the team page's script writes. */
export type TeamScriptWords = TeamStrings['script'];
