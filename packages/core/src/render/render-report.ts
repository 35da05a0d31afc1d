import type { CalibrationReport, GapReport } from '../schema/gap-report.ts';
import { renderCalibrationHtml, renderGapHtml, type HtmlOptions } from './render-html.ts';
import { renderCalibrationMarkdown, renderGapMarkdown } from './render-markdown.ts';
import { REPORT_CSS } from './report-styles.ts';
import { escapeHtml } from './html.ts';
import { renderCalibrationText, renderGapText } from './render-text.ts';
import { wordsOf } from './common.ts';
import { fail, succeed, type Result } from '../diagnostics/result.ts';
import { ArgumentCheck, checkOptionKeys } from '../rules/check-options.ts';
import { listIds, suggest } from '../diagnostics/describe-path.ts';
import type { MessageCode } from '../messages/catalog.ts';
import { catalogFor, checkLocale, CORE_CATALOGS, type Locale, type LocaleCatalogs } from './locales.ts';
import { PROGRESS_ENGLISH } from './progress-catalogs.ts';
import { PROGRESS_CATALOGS } from './progress-locales.ts';
import { gapSections, type GapSections } from './gap-sections.ts';
import type { ProgressReport } from '../schema/progress-report.ts';
import type { GrowthPlan } from '../schema/growth-plan.ts';
import { renderGrowthPlanMarkdown, renderProgressMarkdown } from './progress-markdown.ts';
import { renderGrowthPlanText, renderProgressText } from './progress-text.ts';
import { renderGrowthPlanHtml, renderProgressHtml } from './progress-html.ts';

export const REPORT_FORMATS = ['text', 'markdown', 'json', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Options of `renderGapReport` and `renderCalibration`: colours for a terminal, a language or a message catalog. */
export interface RenderOptions extends GapSections {
	/** ANSI colours, for text on a terminal only. */
	color?: boolean;
	/**
	 * The language of the report's words, dates and numbers (and of `<html lang>`): `'en'` (the
	 * default) or `'fr'`. `messages`, when given too, wins: it is your own catalog.
	 */
	locale?: Locale;
}

/** A standalone HTML page around a report fragment, with its stylesheet inlined. */
function htmlDocument(lang: string, title: string, body: string): string {
	return `<!doctype html>\n<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>body{margin:0 auto;max-width:60rem;padding:1rem;font-family:system-ui,sans-serif;background:#fff}@media (prefers-color-scheme:dark){body{background:#0d1117}}${REPORT_CSS}</style></head><body><main>${body}</main></body></html>\n`;
}

const OPTION_KEYS = ['color', 'locale', 'messages', 'since', 'plan'] as const;

/**
 * The format and options of a render call, checked: a format often comes from a query string or a
 * setting, so an unknown one is a problem (INVALID_OPTION at `format`), never a silent fallback.
 * `catalogs` are the renderer's built-in words by language, for a `locale` without `messages`.
 */
export function checkRender<C extends MessageCode>(format: unknown, options: unknown, catalogs: LocaleCatalogs<C>): Result<RenderOptions> {
	const check = new ArgumentCheck('format');
	if (typeof format !== 'string' || !(REPORT_FORMATS as readonly string[]).includes(format)) {
		const suggestion = typeof format === 'string' ? suggest(format, REPORT_FORMATS) : undefined;
		check.invalid([], format, 'report-format', { ...listIds(REPORT_FORMATS), suggestion });
	}
	const given = new ArgumentCheck('options');
	const read = checkOptionKeys(given, options, OPTION_KEYS);
	if (read?.color !== undefined && typeof read.color !== 'boolean') given.invalid(['color'], read.color, 'boolean');
	if (read?.locale !== undefined) checkLocale(given, ['locale'], read.locale);
	for (const [key, format] of [['since', 'rungs/progress-report@1'], ['plan', 'rungs/growth-plan@1']] as const) {
		const value = read?.[key] as { format?: unknown } | undefined;
		if (value !== undefined && (value === null || typeof value !== 'object' || value.format !== format)) given.invalid([key], value, 'one-of', { ...listIds([format]) });
	}
	const problems = [...check.problems, ...given.problems];
	if (problems.length > 0) return fail(problems);
	const { locale, ...rest } = (read ?? {}) as RenderOptions;
	// The renderers below take a catalog: the caller's own, else the locale's built-in one.
	return succeed({ ...rest, messages: catalogFor(catalogs, locale, rest.messages) });
}

/**
 * A gap report as terminal text, Markdown, JSON (stable, pretty-printed, matching
 * `schemas/gap-report.schema.json`) or a standalone HTML page. With `since` (from `trackProgress`)
 * a "Since last time" section follows the report, and with `plan` (from `planGrowth`) a "What to
 * work on next" section; JSON stays the gap report alone (render those with `renderProgress` and
 * `renderGrowthPlan`). An unknown format or option is a
 * problem (`INVALID_OPTION`), never a fallback to another format. To render one known format, the
 * per-format renderers (`renderGapText`, `renderGapMarkdown`, `renderGapHtml`) return the text directly.
 *
 * @example
 * const markdown = renderGapReport(report, 'markdown');
 * if (markdown.ok) console.log(markdown.value);
 */
export function renderGapReport(report: GapReport, format: ReportFormat, options: RenderOptions = {}): Result<string> {
	// The sections of progress and of a growth plan bring their own words.
	const checked = checkRender(format, options, options.since || options.plan ? PROGRESS_CATALOGS : CORE_CATALOGS);
	if (!checked.ok) return checked;
	const rendered = reportAs(report, format, checked.value, GAP, format === 'json' ? '' : gapSections(format, checked.value));
	return succeed(rendered);
}

/**
 * Progress over time (`trackProgress`) as terminal text, Markdown, JSON (matching
 * `schemas/progress-report.schema.json`) or a standalone HTML page with its timeline chart; an
 * unknown format or option is a problem (`INVALID_OPTION`).
 *
 * @example
 * const text = renderProgress(progress, 'markdown', { locale: 'fr' });
 */
export function renderProgress(report: ProgressReport, format: ReportFormat, options: RenderOptions = {}): Result<string> {
	const checked = checkRender(format, options, PROGRESS_CATALOGS);
	return checked.ok ? succeed(reportAs(report, format, checked.value, PROGRESS)) : checked;
}

/**
 * A growth plan (`planGrowth`) as terminal text, Markdown, JSON (matching
 * `schemas/growth-plan.schema.json`) or a standalone HTML page.
 *
 * @example
 * const text = renderGrowthPlan(plan, 'text');
 */
export function renderGrowthPlan(plan: GrowthPlan, format: ReportFormat, options: RenderOptions = {}): Result<string> {
	const checked = checkRender(format, options, PROGRESS_CATALOGS);
	return checked.ok ? succeed(reportAs(plan, format, checked.value, PLAN)) : checked;
}

/**
 * A calibration report as terminal text, Markdown, JSON or a standalone HTML page; an unknown format
 * or option is a problem (`INVALID_OPTION`).
 *
 * @example
 * const text = renderCalibration(calibration, 'text');
 * if (text.ok) console.log(text.value);
 */
export function renderCalibration(report: CalibrationReport, format: ReportFormat, options: RenderOptions = {}): Result<string> {
	const checked = checkRender(format, options, CORE_CATALOGS);
	return checked.ok ? succeed(reportAs(report, format, checked.value, CALIBRATION)) : checked;
}

/** One kind of report's renderers, for `reportAs`: the per-format functions and the HTML page's title. */
interface ReportRenderers<R> {
	markdown: (report: R, options: RenderOptions) => string;
	html: (report: R, options: HtmlOptions) => string;
	text: (report: R, options: RenderOptions) => string;
	title: 'gap.title' | 'calibration.title' | 'progress.title' | 'plan.title';
}

const GAP: ReportRenderers<GapReport> = { markdown: renderGapMarkdown, html: renderGapHtml, text: renderGapText, title: 'gap.title' };
const CALIBRATION: ReportRenderers<CalibrationReport> = { markdown: renderCalibrationMarkdown, html: renderCalibrationHtml, text: renderCalibrationText, title: 'calibration.title' };
const PROGRESS: ReportRenderers<ProgressReport> = { markdown: renderProgressMarkdown, html: renderProgressHtml, text: renderProgressText, title: 'progress.title' };
const PLAN: ReportRenderers<GrowthPlan> = { markdown: renderGrowthPlanMarkdown, html: renderGrowthPlanHtml, text: renderGrowthPlanText, title: 'plan.title' };

/** A checked format's text, the same way for a gap report and a calibration. */
function reportAs<R extends GapReport | CalibrationReport | ProgressReport | GrowthPlan>(report: R, format: ReportFormat, options: RenderOptions, renderers: ReportRenderers<R>, after = ''): string {
	if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
	if (format === 'markdown') return `${renderers.markdown(report, options)}${after ? `\n${after}` : ''}`;
	if (format === 'text') return `${renderers.text(report, options)}${after}`;
	const w = wordsOf(options, PROGRESS_ENGLISH);
	return htmlDocument(w.say('document.lang', {}), w.say(renderers.title, { name: report.person.name }), `${renderers.html(report, { headingLevel: 1, messages: options.messages })}${after}`);
}
