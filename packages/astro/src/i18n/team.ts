import { enTeam, type TeamStrings } from './en-team.ts';
import { frTeam } from './fr-team.ts';
import { pageLang } from './ui.ts';
import { interfaceLanguageOf, type InterfaceLanguage } from '../integration/interface-languages.ts';

/*
 * The one place the team page picks its language: the page, its header link and the home page's
 * sentence all read `teamText`, which reads the dictionary of the locale the page is published in
 * (as `ui` does, see ui.ts).
 */
const TEAM_TEXT: Record<InterfaceLanguage, TeamStrings> = { en: enTeam, fr: frTeam };

/** The team page's text in the language of `locale` (a BCP 47 tag), English when there is none. */
export const teamTextFor = (locale: string): TeamStrings => TEAM_TEXT[interfaceLanguageOf(locale) ?? 'en'];

/** The team page's text in the language of the page being rendered. */
export const teamText: TeamStrings = new Proxy({} as TeamStrings, {
	get: (_, key) => teamTextFor(pageLang())[key as keyof TeamStrings],
	has: (_, key) => key in teamTextFor(pageLang()),
	ownKeys: () => Reflect.ownKeys(teamTextFor(pageLang())),
	getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(teamTextFor(pageLang()), key),
});
