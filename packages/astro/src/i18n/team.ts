import { enTeam, type TeamStrings } from './en-team.ts';
import { frTeam } from './fr-team.ts';
import { lang } from './ui.ts';

/*
 * The one place the team page picks its language: the page, its header link and the home page's
 * sentence all read `teamText`. Today the site has one language (its root locale); when pages get a
 * locale of their own, this becomes a lookup by that locale and nothing else changes.
 */
const TEAM_TEXT: Record<string, TeamStrings> = { en: enTeam, fr: frTeam };

/** The team page's text in the language of `locale` (a BCP 47 tag), English when there is none. */
export const teamTextFor = (locale: string): TeamStrings => TEAM_TEXT[locale.split('-')[0]!.toLowerCase()] ?? enTeam;

export const teamText: TeamStrings = teamTextFor(lang);
