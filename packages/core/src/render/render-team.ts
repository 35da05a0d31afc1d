import type { TeamSummary } from '../schema/team-summary.ts';
import { succeed, type Result } from '../diagnostics/result.ts';
import { checkRender, type RenderOptions, type ReportFormat } from './render-report.ts';
import { renderTeamHtml } from './team-html.ts';
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
	const checked = checkRender(format, options);
	if (!checked.ok) return checked;
	if (format === 'json') return succeed(`${JSON.stringify(team, null, 2)}\n`);
	if (format === 'markdown') return succeed(renderTeamMarkdown(team, checked.value));
	if (format === 'text') return succeed(renderTeamText(team, checked.value));
	return succeed(renderTeamHtml(team, checked.value));
}
