import type { CalibrationReport, GapReport } from '../schema/gap-report.ts';
import { escapeHtml } from './html.ts';

const ROW = 26;
const LABEL = 210;
const STEP = 90;
const TOP = 30;

interface Axis {
	labels: string[];
	/** The rank that meets the expectation, drawn as the target line. */
	meets: number;
}

function frame(axis: Axis, rows: number, title: string, description: string, id: string, body: string): string {
	const width = LABEL + STEP * (axis.labels.length - 1) + 40;
	const height = TOP + rows * ROW + 10;
	const ticks = axis.labels
		.map((label, i) => {
			const x = LABEL + i * STEP;
			return `<line class="rungs-chart-grid" x1="${x}" y1="${TOP - 6}" x2="${x}" y2="${height - 6}"/><text class="rungs-chart-tick" x="${x}" y="${TOP - 12}" text-anchor="middle">${escapeHtml(label)}</text>`;
		})
		.join('');
	const targetX = LABEL + axis.meets * STEP;
	return `<svg class="rungs-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg"><title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(description)}</desc>${ticks}<line class="rungs-chart-target" x1="${targetX}" y1="${TOP - 6}" x2="${targetX}" y2="${height - 6}"/>${body}</svg>`;
}

const clip = (text: string, max = 30) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A horizontal chart of each rating against the target level's expectation (the vertical line).
 * Colours come from CSS classes, so it fits a strict Content-Security-Policy; the same data is in
 * the report's table for screen readers and for print.
 *
 * @example
 * const svg = renderGapChartSvg(report, { id: 'ana-chart' });
 */
export function renderGapChartSvg(report: GapReport, options: { id?: string; scaleLabels: string[]; meetsRank: number }): string {
	const id = options.id ?? 'rungs-gap-chart';
	const axis = { labels: options.scaleLabels, meets: options.meetsRank };
	const rows = report.competencies
		.map((gap, i) => {
			const y = TOP + i * ROW;
			const label = `<text class="rungs-chart-label" x="${LABEL - 10}" y="${y + 17}" text-anchor="end">${escapeHtml(clip(gap.name))}</text>`;
			if (!gap.rating) return `${label}<text class="rungs-chart-unrated" x="${LABEL + 4}" y="${y + 17}">not rated</text>`;
			const width = Math.max(6, gap.rating.rank * STEP);
			return `${label}<rect class="rungs-chart-bar rungs-status-${gap.status}" x="${LABEL}" y="${y + 5}" width="${width}" height="${ROW - 10}" rx="3"/><circle class="rungs-chart-dot rungs-status-${gap.status}" cx="${LABEL + gap.rating.rank * STEP}" cy="${y + ROW / 2}" r="6"/>`;
		})
		.join('');
	const description = `One bar per competency, from ${axis.labels[0]} to ${axis.labels[axis.labels.length - 1]}; the vertical line marks ${axis.labels[axis.meets]}, which meets the target level. The table that follows gives the same ratings.`;
	return frame(axis, report.competencies.length, `Ratings against ${report.target.title}`, description, id, rows);
}

/**
 * Both assessors' ratings per competency on one scale: a line joins them, so the widest
 * disagreements stand out.
 *
 * @example
 * const svg = renderCalibrationChartSvg(report, { scaleLabels, meetsRank: 2 });
 */
export function renderCalibrationChartSvg(report: CalibrationReport, options: { id?: string; scaleLabels: string[]; meetsRank: number }): string {
	const id = options.id ?? 'rungs-calibration-chart';
	const axis = { labels: options.scaleLabels, meets: options.meetsRank };
	const x = (rank: number) => LABEL + rank * STEP;
	const rows = report.competencies
		.map((row, i) => {
			const y = TOP + i * ROW + ROW / 2;
			const label = `<text class="rungs-chart-label" x="${LABEL - 10}" y="${y + 5}" text-anchor="end">${escapeHtml(clip(row.name))}</text>`;
			const a = row.first.rating;
			const b = row.second.rating;
			const join = a && b ? `<line class="rungs-chart-join rungs-agreement-${row.agreement}" x1="${x(a.rank)}" y1="${y}" x2="${x(b.rank)}" y2="${y}"/>` : '';
			const first = a ? `<circle class="rungs-chart-first" cx="${x(a.rank)}" cy="${y}" r="6"/>` : '';
			const second = b ? `<rect class="rungs-chart-second" x="${x(b.rank) - 6}" y="${y - 6}" width="12" height="12"/>` : '';
			return label + join + first + second;
		})
		.join('');
	const description = `For each competency, a circle marks the ${report.first.assessor.role}'s rating and a square the ${report.second.assessor.role}'s; a line joins them. The table gives the same ratings.`;
	return frame(axis, report.competencies.length, `${report.first.assessor.role} and ${report.second.assessor.role} ratings side by side`, description, id, rows);
}
