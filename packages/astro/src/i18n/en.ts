/*
 * Every sentence and label the pages write around the ladders' own text, in English. Another
 * language is one more file of this shape (UiStrings), picked by the site's root locale in ./ui.ts.
 * Words that depend on a count or a name are functions, so a language can order them as it needs.
 */

export const en = {
	lang: 'en',
	layout: {
		skipLink: 'Skip to content',
		mainNav: 'Main',
		breadcrumb: 'Breadcrumb',
		/** The page title: the page's own, then the site's. */
		pageTitle: (page: string, site: string) => (page === site ? site : `${page} · ${site}`),
		defaultDescription: (framework: string) => `${framework}: career ladders, what each level expects, and a private self-assessment.`,
	},
	nav: {
		home: 'Home',
		ladders: 'Ladders',
		paths: 'Career paths',
		assess: 'Self-assessment',
		examples: 'Example reports',
		guides: 'Guides',
	},
	footer: {
		license: 'The ladders are licensed',
		publishedWith: 'Published with',
		rungs: 'Rungs',
		rungsTagline: ', career ladders as code.',
		privacy: 'No cookies, no analytics, no requests to other sites. A self-assessment stays in your browser.',
	},
	home: {
		/** Who the site is for, and the two ways in. */
		forWhom: 'For everyone whose work these ladders describe: read what your level and the next one expect, and see where you stand.',
		findLevel: 'Find your level',
		assessYourself: 'Assess yourself',
		aboutHeading: 'About these ladders',
		laddersHeading: 'The ladders',
		levelsAndCompetencies: (levels: number, competencies: number) => `${levels} level${levels === 1 ? '' : 's'}, ${competencies} competenc${competencies === 1 ? 'y' : 'ies'}`,
		levelsOf: (ladder: string) => `${ladder}: levels`,
		pathsHeading: 'Paths between them',
		pathsIntro: 'Moving up is one way to grow.',
		/** The moves the framework names, said only for kinds it has. */
		pathsCounts: (across: number, management: number) =>
			[
				across > 0 && `${across} move${across === 1 ? '' : 's'} across to another ladder or role`,
				management > 0 && `${management} into people management, which is one path among several, not the only way up`,
			]
				.filter(Boolean)
				.join(' and '),
		pathsNamed: 'The framework also names',
		everyPath: 'Every path, with what carries over',
		howHeading: 'How to use it',
		readHeading: 'Read your ladder.',
		/** What each level says, naming only the parts the ladders write. */
		readLevels: (narrative: boolean, authority: boolean) =>
			narrative && authority
				? 'Each level says its scope, ownership and initiative, and what it may decide alone.'
				: narrative
					? 'Each level says its scope, ownership and initiative.'
					: authority
						? 'Each level says what it expects and what it may decide alone.'
						: 'Each level says what it expects.',
		readCompetencies: 'Each competency describes behaviour, never numbers.',
		assessHeading: 'Assess yourself, privately.',
		assessBefore: 'The ',
		assessLink: 'self-assessment',
		assessAfter: ' runs in your browser: rate each competency, add evidence, and read your gap report as you go. Nothing is sent anywhere.',
		talkHeading: 'Bring the report to a conversation.',
		talk: 'The report is advice for a talk with your manager, never a promotion verdict.',
		moreInGuides: 'More in the guides.',
		notChecklistHeading: 'Not a checklist.',
		notChecklist: 'Nobody shows every behaviour of a level before moving on. The readiness rule says which gaps matter; people decide.',
	},
	ladders: {
		lede: (narrative: boolean) =>
			narrative
				? 'One ladder per role family. Levels grow in scope, ownership and initiative; competencies are written as observable behaviour.'
				: 'One ladder per role family. Competencies are written as observable behaviour.',
	},
	notFound: {
		title: 'Page not found',
		lede: 'This page does not exist, or a ladder or level was renamed.',
		tryThese: 'Try one of these instead:',
		home: 'The home page',
		homeNote: ', with every ladder',
		homeNoteWithMap: ', with every ladder and the career map',
		ladders: 'The ladders',
		laddersNote: ', their levels and competencies',
		paths: 'Career paths',
		pathsNote: ' between the ladders',
		assess: 'The self-assessment',
	},
	careerMap: {
		title: (framework: string) => `Career paths between the ladders of ${framework}`,
		description: (lowestBand: string | undefined) =>
			`Each column is a ladder, its levels from the lowest${lowestBand ? ` band (${lowestBand})` : ''} at the bottom to the highest at the top; each level links to its page. Grey lines go up a ladder, blue lines cross to another ladder or role, and dashed orange lines lead into people management. The career paths page lists every path.`,
	},
	guides: {
		title: 'Guides',
		lede: 'Guides to reading these ladders and working with them.',
	},
	examples: {
		title: 'Example reports',
		lede: 'Gap reports computed from example assessments published with these ladders: the same files the command line reads.',
		source: 'An example assessment. Print this page for a one-page report.',
	},
	paths: {
		lede: 'Up a ladder is one way to grow. The paths below lead across to other ladders and roles; people management, where the framework names it, is one path among several.',
	},
	assess: {
		/** The readiness bar's count, `{met}` and `{total}` filled in by the page's script as the person rates. */
		barCounts: '{met} of {total} at the target',
		barOpen: 'See the report',
	},
	assessCta: {
		level: 'Assess yourself against this level',
		ladder: 'Assess yourself on this ladder',
		move: 'Assess yourself for this move',
		private: 'It runs in your browser and sends nothing anywhere.',
	},
};

/** The shape every language's file follows. */
export type UiStrings = typeof en;
