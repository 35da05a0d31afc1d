import type { CalibrationReport, GapReport } from '../schema/gap-report.ts';
import { renderCalibrationHtml, renderGapHtml } from './render-html.ts';
import { renderCalibrationMarkdown, renderGapMarkdown } from './render-markdown.ts';
import { REPORT_CSS } from './report-styles.ts';
import { escapeHtml } from './html.ts';
import { renderCalibrationText, renderGapText } from './render-text.ts';
import { wordsOf, type MessageOptions } from './common.ts';

export const REPORT_FORMATS = ['text', 'markdown', 'json', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** Options of `renderGapReport` and `renderCalibration`: colours for a terminal, and a message catalog. */
export interface RenderOptions extends MessageOptions {
	/** ANSI colours, for text on a terminal only. */
	color?: boolean;
}

/** A standalone HTML page around a report fragment, with its stylesheet inlined. */
function htmlDocument(lang: string, title: string, body: string): string {
	return `<!doctype html>\n<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><style>body{margin:0 auto;max-width:60rem;padding:1rem;font-family:system-ui,sans-serif;background:#fff}@media (prefers-color-scheme:dark){body{background:#0d1117}}${REPORT_CSS}</style></head><body><main>${body}</main></body></html>\n`;
}

/**
 * A gap report as terminal text, Markdown, JSON (stable, pretty-printed, matching
 * `schemas/gap-report.schema.json`) or a standalone HTML page.
 *
 * @example
 * renderGapReport(report, 'markdown');
 */
export function renderGapReport(report: GapReport, format: ReportFormat, options: RenderOptions = {}): string {
	if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
	if (format === 'markdown') return renderGapMarkdown(report, options);
	const w = wordsOf(options);
	if (format === 'html') return htmlDocument(w.say('document.lang', {}), w.say('gap.title', { name: report.person.name }), renderGapHtml(report, { headingLevel: 1, messages: options.messages }));
	return renderGapText(report, options);
}

/**
 * A calibration report as terminal text, Markdown or JSON.
 *
 * @example
 * renderCalibration(calibration, 'text');
 */
export function renderCalibration(report: CalibrationReport, format: ReportFormat, options: RenderOptions = {}): string {
	if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
	if (format === 'markdown') return renderCalibrationMarkdown(report, options);
	const w = wordsOf(options);
	if (format === 'html') return htmlDocument(w.say('document.lang', {}), w.say('calibration.title', { name: report.person.name }), renderCalibrationHtml(report, { headingLevel: 1, messages: options.messages }));
	return renderCalibrationText(report, options);
}
