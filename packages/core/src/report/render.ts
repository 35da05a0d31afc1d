import type { CalibrationReport, GapReport } from '../schema/gap-report.ts';
import { renderCalibrationMarkdown, renderGapMarkdown } from './render-markdown.ts';
import { renderCalibrationText, renderGapText } from './render-text.ts';

export const REPORT_FORMATS = ['text', 'markdown', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * A gap report as terminal text, Markdown or JSON (stable, pretty-printed, matching
 * `schemas/gap-report.schema.json`).
 *
 * @example
 * renderGapReport(report, 'markdown');
 */
export function renderGapReport(report: GapReport, format: ReportFormat, options: { color?: boolean } = {}): string {
	if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
	if (format === 'markdown') return renderGapMarkdown(report);
	return renderGapText(report, options);
}

/**
 * A calibration report as terminal text, Markdown or JSON.
 *
 * @example
 * renderCalibration(compareAssessments(framework, self, manager), 'text');
 */
export function renderCalibration(report: CalibrationReport, format: ReportFormat, options: { color?: boolean } = {}): string {
	if (format === 'json') return `${JSON.stringify(report, null, 2)}\n`;
	if (format === 'markdown') return renderCalibrationMarkdown(report);
	return renderCalibrationText(report, options);
}
