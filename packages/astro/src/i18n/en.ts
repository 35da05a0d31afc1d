/*
 * Every sentence and label the pages write around the ladders' own text, in English. Another
 * language is one more file of this shape (UiStrings), picked by the site's root locale in ./ui.ts.
 * Words that depend on a count or a name are functions, so a language can order them as it needs.
 */

import { enAssess } from './en-assess.ts';

export const en = {
	assess: enAssess,
	lang: 'en',
	layout: {
		skipLink: 'Skip to content',
		mainNav: 'Main',
		breadcrumb: 'Breadcrumb',
		/** The label of the language switch. */
		languages: 'Languages',
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
		readLevels: (narrative: boolean, authority: boolean): string =>
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
		title: 'Ladders',
		levelCount: (n: number) => `${n} level${n === 1 ? '' : 's'}`,
		version: (version: string) => `version ${version}`,
		updated: (date: string) => `updated ${date}`,
		sharedHeading: 'Shared ground',
		sharedIntro: 'These competencies are written once, per band, and used by several ladders, so roles compare on the same ground:',
		usedBy: 'used by',
		scaleHeading: 'The rating scale',
		lede: (narrative: boolean): string =>
			narrative
				? 'One ladder per role family. Levels grow in scope, ownership and initiative; competencies are written as observable behaviour.'
				: 'One ladder per role family. Competencies are written as observable behaviour.',
	},
	/** The parts of a ladder's byline and bands (lib/optional-parts.ts). */
	facts: {
		version: (version: string) => `Version ${version}`,
		updated: (date: string) => `updated ${date}`,
		band: (band: string) => `band ${band}`,
		bands: (first: string, last: string) => `bands ${first} to ${last}`,
		/** A ladder's `status`, as the byline says it. */
		status: { draft: 'draft', published: 'published', deprecated: 'deprecated' } as Record<string, string>,
		/** A `YYYY-MM-DD` date as the pages write it. */
		date: (date: string) => date,
	},
	level: {
		scope: 'Scope',
		ownership: 'Ownership',
		initiative: 'Initiative',
		decidesAlone: 'Decides alone',
		tooSafe: 'Too safe at this level',
		outOfScope: 'Out of scope',
		escalatesWhen: 'Escalates when',
		authorityGrowthLabel: 'How decision authority grows',
		authorityGrowthCaption: 'What each level decides alone, and how the limits grow',
		decision: 'Decision',
		yes: 'Yes',
		notAlone: 'Not alone',
	},
	grid: {
		emptyReplacing: 'Nothing expected at this level.',
		emptyAdding: 'No new expectation at this level.',
		readingReplacing: 'Each level stands alone: it expects its own statements, not those to its left.',
		readingAdding: 'Each level also expects everything to its left.',
		scrolls: 'The grid scrolls inside its box, sideways through the levels and down through the competencies; the names stay in view.',
		label: (ladder: string) => `${ladder}: competencies by level`,
		caption: 'Competencies by level.',
		competency: 'Competency',
		shared: 'shared',
		required: 'required',
		notApplying: 'Does not apply at this level.',
	},
	move: {
		asksHeading: 'What the move asks for',
		expectedAt: (level: string) => `Expected at ${level}:`,
		alreadyExpected: (count: number, level: string) => `${count} statement${count === 1 ? '' : 's'} already expected at ${level}; new here:`,
		newHere: 'New here:',
		carryOver: (carried: number, total: number, to: string, from: string) => `${carried} of ${total} competencies of ${to} carry over from ${from};`,
		noneNew: ' none is new.',
		someNew: (names: string[]) => ` ${names.length} ${names.length === 1 ? 'is' : 'are'} new: ${names.join(', ')}.`,
		newInRole: 'new in this role',
		appliesFrom: (level: string) => `applies from ${level}`,
		nothingNewIn: (names: string[]) => `Nothing new in: ${names.join(', ')}.`,
		leftBehindAcross: (ladder: string, names: string[]) => `Left behind, because the ${ladder} ladder does not use them: ${names.join(', ')}.`,
		leftBehindUp: (level: string, names: string[]) => `No longer expected at ${level}: ${names.join(', ')}.`,
		authorityHeading: 'Decision authority',
		sameAuthority: 'The same decisions, with the same limits.',
		addedDecisions: 'New decisions taken alone',
		raisedLimits: 'Limits that grow',
		droppedDecisions: 'Decisions this role does not take alone',
		tooSafeAt: (level: string) => `Too safe at ${level}`,
		outOfScopeAt: (level: string) => `Out of scope at ${level}`,
		escalatesWhen: 'Escalates when',
		shapeHeading: 'Scope, ownership and initiative',
		shapeLabel: 'Scope, ownership and initiative side by side',
		facet: 'Facet',
		facetName: { scope: 'Scope', ownership: 'Ownership', initiative: 'Initiative' },
		notWritten: 'Not written',
	},
	ladder: {
		levels: 'Levels',
		authority: 'Decision authority',
		grid: 'Competencies by level',
		readiness: 'Readiness rule',
		paths: 'Paths to other roles',
		sources: 'Sources',
		whatChanges: (from: string) => `What changes from ${from}`,
		authorityHeading: 'Responsible freedom: decision authority by level',
		authorityIntro: 'What a person may decide without asking anyone grows with the level. Outside these limits, they escalate.',
		advice: 'It is advice for a conversation, never a promotion verdict.',
		readinessByLevel: 'Not every competency applies at every level, so the rule counts those of the level aimed at. It is advice for a conversation, never a promotion verdict.',
		pathsHeading: 'Paths to and from other roles',
		from: (level: string) => `From ${level}:`,
		to: (where: string) => `to ${where}`,
		into: (level: string) => `Into ${level}:`,
		fromLevel: (level: string) => `from ${level}`,
		/** A career path's `kind`, as its badge says it. */
		kind: { across: 'across', up: 'up', management: 'management' } as Record<string, string>,
	},
	levelPage: {
		metricsBefore: 'Numeric targets for this level live elsewhere: ',
		metricsLink: 'team metrics',
		authorityHeading: 'Responsible freedom',
		showsHeading: 'What this level shows',
		standsAlone: (level: string) => `On this ladder each level stands alone: ${level} expects what is written here, not what the levels below it write.`,
		compareWith: (level: string) => `Compare with ${level}`,
		cumulative: 'Expectations are cumulative: ',
		alsoExpects: 'this level also expects everything of ',
		andBelow: ' and below',
		whereEachApplies: ', where each competency applies',
		firstLevel: 'this is the first level of the ladder.',
		onlyChanges: (level: string) => `Only what changes from ${level}`,
		nothingNew: 'Nothing new at this level.',
		otherPaths: 'Other paths from here',
		pager: 'Levels',
	},
	competencyPage: {
		sharedIntro: 'A shared competency: written once, per band, for every ladder that uses it; this ladder adds its own statements on top.',
		alsoOn: 'Also on ',
		alsoOnMore: (n: number) => ` and ${n} more`,
		everyLadder: (n: number) => (n === 1 ? 'The one ladder that uses it' : `The ${n} ladders that share it`),
		acrossLevels: 'Across the levels',
		appliesAt: (levels: string[]) => `Applies at ${levels.join(', ')} only.`,
		standsAlone: "On this ladder each level's statements stand alone: a level does not expect those of the levels before it.",
		forThisRole: ' (for this role)',
		weight: (weight: number) => `weight ${weight}`,
		evidenceHeading: 'Evidence that shows it',
	},
	sharedPage: {
		intro: 'A shared competency: written once, per band, and used by several ladders, each of which may add statements of its own.',
		usedBy: (n: number) => (n === 1 ? 'Used by one ladder' : `Used by ${n} ladders`),
		unused: 'No ladder uses it yet.',
		bandsHeading: 'What every ladder shares, per band',
	},
	changes: {
		title: (from: string, to: string) => `From ${from} to ${to}`,
		replaces: (level: string, added: number, competencies: number) => `${level} expects ${added} behaviour statements across ${competencies} competencies, in place of what `,
		replacesEnd: ' expects: on this ladder each level stands alone.',
		adds: (level: string, added: number, competencies: number) => `${level} adds ${added} behaviour statements across ${competencies} competencies, on top of everything `,
		addsEnd: ' expects.',
		pager: 'Steps',
		step: (from: string, to: string) => `${from} to ${to}`,
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
	lede: {
		/** Opens a lede clamped to two lines. */
		more: 'Read all of it',
		less: 'Show less',
	},
	outline: {
		/** The title of a page's list of its own sections. */
		title: 'On this page',
	},
	careerMap: {
		otherRoles: 'Other roles',
		keyUp: 'Up a ladder',
		keyAcross: 'Across to another ladder or role',
		keyManagement: 'Into people management',
		hint: 'Pick a level to see where it leads; pick it again to read it.',
		/** The choice that shows every route again. */
		showAll: 'Show every route',
		/** A level's box on the map: picking it shows where it leads. */
		pick: (level: string) => `${level}: show where it leads`,
		/** The link that appears on a picked level's box. */
		open: (level: string) => `Read ${level}`,
		listSummary: 'The map as a list: where each level leads',
		/** A level's routes in the list, by kind. */
		up: 'Up',
		across: 'Across',
		management: 'Into management',
		/** After a level whose ladder has no level above and no path leads on from. */
		noRoute: 'No route leads on from this level.',
		scrollHint: ' The map scrolls sideways.',
		title: (framework: string) => `Career paths between the ladders of ${framework}`,
		description: (lowestBand: string | undefined) =>
			`Each column is a ladder, its levels from the lowest${lowestBand ? ` band (${lowestBand})` : ''} at the bottom to the highest at the top; picking a level shows where it leads, and picking it again opens its page. Grey lines go up a ladder, blue lines cross to another ladder or role, and dashed orange lines lead into people management. The career paths page lists every path.`,
	},
	guides: {
		title: 'Guides',
		lede: 'Guides to reading these ladders and working with them.',
		/** Above a guide shown in the root language because this language has no version of it. */
		untranslated: 'This guide has no English version yet: here it is in its original language.',
	},
	examples: {
		title: 'Example reports',
		gapReports: 'Gap reports',
		roleSwitch: (ladder: string) => `A role switch to ${ladder}. `,
		selfAssessment: 'Self-assessment',
		ratedBy: (role: string) => `Rated by their ${role}`,
		of: (date: string) => ` of ${date}.`,
		meetsRule: 'Meets the readiness rule',
		notYet: 'Not yet under the readiness rule',
		calibration: 'Calibration',
		sideBySide: (person: string, first: string, second: string) => `${person}: ${first} and ${second} side by side`,
		on: ' on ',
		reportTitle: (person: string) => `Gap report: ${person}`,
		calibrationTitle: (person: string) => `Calibration: ${person}`,
		calibrationSource: (first: string, second: string) => `Two assessments of one person, from ${first}.yaml and ${second}.yaml. The gap reports: `,
		lede: 'Gap reports computed from example assessments published with these ladders: the same files the command line reads.',
		source: 'An example assessment. Print this page for a one-page report.',
	},
	paths: {
		title: 'Career paths',
		across: 'Across to another ladder',
		up: 'Up, on another ladder',
		management: 'Into people management',
		outside: 'Roles outside these ladders',
		fromTo: (from: string, to: string) => `${from} → ${to}`,
		fromLadder: (ladder: string) => `From the ${ladder} ladder`,
		toLadder: (ladder: string) => ` to the ${ladder} ladder`,
		carried: (count: number) => `${count} competencies carry over`,
		standsAloneMove: (ladder: string, level: string) => `; on the ${ladder} ladder each level stands alone, so below is all that ${level} expects.`,
		notRepeated: (level: string) => `; within them, statements already expected at ${level} are not repeated below.`,
		assessCta: 'Assess yourself for this move',
		assessNote: 'It runs in your browser and sends nothing anywhere.',
		lede: 'Up a ladder is one way to grow. The paths below lead across to other ladders and roles; people management, where the framework names it, is one path among several.',
	},
	assessCta: {
		level: 'Assess yourself against this level',
		ladder: 'Assess yourself on this ladder',
		private: 'It runs in your browser and sends nothing anywhere.',
	},
};

/** The shape every language's file follows. */
export type UiStrings = typeof en;
