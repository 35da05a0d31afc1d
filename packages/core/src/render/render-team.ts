import type { AssessorsReport } from '../schema/assessors-report.ts';
import type { TeamSummary } from '../schema/team-summary.ts';
import { renderAssessorsHtml } from './assessors-html.ts';
import { renderAssessorsMarkdown } from './assessors-markdown.ts';
import { renderAssessorsText } from './assessors-text.ts';
import { succeed, type Result } from '../diagnostics/result.ts';
import { checkRender, type RenderOptions, type ReportFormat } from './render-report.ts';
import { renderTeamHtml } from './team-html.ts';
import { TEAM_ENGLISH, type TeamCode } from './team-words.ts';
import type { LocaleCatalogs } from './locales.ts';
import { frenchCore } from '../messages/french-core.ts';
import { frenchTeam } from '../messages/french-team.ts';

// A team summary's and an assessors report's words in each language: the core words and the team's.
const TEAM_CATALOGS: LocaleCatalogs<TeamCode> = { en: TEAM_ENGLISH, fr: /* @__PURE__ */ Object.freeze({ ...frenchCore, ...frenchTeam }) };
import { renderTeamMarkdown } from './team-markdown.ts';
import { renderTeamText } from './team-text.ts';

/**
 * A team summary as terminal text, Markdown, JSON (matching `schemas/team-summary.schema.json`) or
 * an HTML page that survives email. An unknown format or option is a problem (`INVALID_OPTION`).
 *
 * @example
 * const team = summariseTeam(framework, reports);
 * if (team.ok) {
 *   const page = renderTeamSummary(team.value, 'html', { locale: 'fr' });
 *   if (page.ok) console.log(page.value);
 * }
 */
export function renderTeamSummary(team: TeamSummary, format: ReportFormat, options: RenderOptions = {}): Result<string> {
	const checked = checkRender(format, options, TEAM_CATALOGS);
	if (!checked.ok) return checked;
	if (format === 'json') return succeed(`${JSON.stringify(team, null, 2)}\n`);
	if (format === 'markdown') return succeed(renderTeamMarkdown(team, checked.value));
	if (format === 'text') return succeed(renderTeamText(team, checked.value));
	return succeed(renderTeamHtml(team, checked.value));
}

/**
 * A calibration of several assessors (from `compareAssessors`) as terminal text, Markdown, JSON
 * (matching `schemas/assessors-report.schema.json`) or an HTML page that survives email. An unknown
 * format or option is a problem (`INVALID_OPTION`).
 *
 * @example
 * const panel = compareAssessors(framework, [self, manager, peer]);
 * if (panel.ok) {
 *   const text = renderAssessors(panel.value, 'text');
 *   if (text.ok) console.log(text.value);
 * }
 */
export function renderAssessors(report: AssessorsReport, format: ReportFormat, options: RenderOptions = {}): Result<string> {
	const checked = checkRender(format, options, TEAM_CATALOGS);
	if (!checked.ok) return checked;
	if (format === 'json') return succeed(`${JSON.stringify(report, null, 2)}\n`);
	if (format === 'markdown') return succeed(renderAssessorsMarkdown(report, checked.value));
	if (format === 'text') return succeed(renderAssessorsText(report, checked.value));
	return succeed(renderAssessorsHtml(report, checked.value));
}
