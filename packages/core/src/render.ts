// @rungs/core/render: gap reports, calibrations and ladder diffs for people — text, Markdown, HTML
// and SVG — each worded from a message catalog (English built in). Isomorphic, like the main entry.
export { renderGapReport, renderCalibration, REPORT_FORMATS, type ReportFormat, type RenderOptions } from './render/render-report.ts';
export { renderGapText, renderCalibrationText, type TextOptions } from './render/render-text.ts';
export { renderGapMarkdown, renderCalibrationMarkdown } from './render/render-markdown.ts';
export { renderGapHtml, renderCalibrationHtml, type HtmlOptions } from './render/render-html.ts';
export { renderGapChartSvg, renderCalibrationChartSvg, type ChartOptions } from './render/chart-svg.ts';
export type { MessageOptions } from './render/common.ts';
export { renderDiffMarkdown, type DiffMarkdownOptions } from './render/diff-markdown.ts';
export { REPORT_CSS } from './render/report-styles.ts';
export { parseInlineMarkdown, inlinePlainText, type InlineToken } from './schema/inline-markdown.ts';
export { LOCALES, type Locale } from './render/locales.ts';
export { messagesFor } from './render/messages-for.ts';
export { frenchMessages } from './messages/french.ts';
// The French of gap reports and calibrations alone (what a page that renders them needs at start), and
// of problems alone (what it needs once it checks a file): a page can load each when it needs it.
export { frenchReport as frenchReportMessages } from './messages/french-report.ts';
export { frenchProblems as frenchProblemMessages } from './messages/french-problems.ts';
export { renderTeamSummary, renderAssessors } from './render/render-team.ts';
export { renderAssessorsText } from './render/assessors-text.ts';
export { renderAssessorsMarkdown } from './render/assessors-markdown.ts';
export { renderAssessorsHtml } from './render/assessors-html.ts';
export { renderTeamText } from './render/team-text.ts';
export { renderTeamMarkdown } from './render/team-markdown.ts';
export { renderTeamHtml } from './render/team-html.ts';
export { englishTeamMessages } from './render/team-words.ts';
export { renderGapEmail, type GapEmail, type EmailOptions } from './render/gap-email.ts';
export { renderProgress, renderGrowthPlan } from './render/render-report.ts';
export type { GapSections } from './render/gap-sections.ts';
export { renderProgressText, renderGrowthPlanText } from './render/progress-text.ts';
export { renderProgressMarkdown, renderGrowthPlanMarkdown } from './render/progress-markdown.ts';
export { renderProgressHtml, renderGrowthPlanHtml } from './render/progress-html.ts';
export { renderProgressChartSvg } from './render/progress-chart-svg.ts';
