import type { CalibrationReport, GapReport } from '../schema/gap-report.ts';
import { escapeHtml } from './html.ts';
import { wordsOf, type MessageOptions, type Words } from './common.ts';

// Each competency takes one row: its name on a line of its own, then its mark on the scale. Names above
// the marks (rather than in a column to their left) keep the chart narrow, so it stays legible when a
// phone shrinks it, and long names are not cut short.
const ROW = 42;
const STEP = 100;
const LEFT = 32;
const RIGHT = 44;
const TOP = 30;
/** Height of one legend line under the chart. */
const KEY = 22;
/** A generous average width of one character of the 13px labels, to decide where to cut a name. */
const CHAR = 7.2;

interface Axis {
	labels: string[];
	/** The rank that meets the expectation, drawn as the target line. */
	meets: number;
}

const widthOf = (axis: Axis) => LEFT + STEP * (axis.labels.length - 1) + RIGHT;
const xOf = (rank: number) => LEFT + rank * STEP;

/** Lays out legend entries (each an icon 18px wide and its words) over as many lines as the width needs. */
function legend(items: Array<{ icon: (x: number, y: number) => string; text: string }>, width: number, top: number): { svg: string; height: number } {
	let x = LEFT - 10;
	let line = 0;
	const parts: string[] = [];
	for (const item of items) {
		const w = 22 + item.text.length * 6.6;
		if (x + w > width && x > LEFT - 10) {
			line += 1;
			x = LEFT - 10;
		}
		const y = top + line * KEY;
		parts.push(`${item.icon(x + 7, y)}<text class="rungs-chart-key" x="${x + 18}" y="${y + 4}">${escapeHtml(item.text)}</text>`);
		x += w + 14;
	}
	return { svg: parts.join(''), height: (line + 1) * KEY };
}

function frame(axis: Axis, rows: number, title: string, description: string, id: string, body: string, key: Parameters<typeof legend>[0]): string {
	const width = widthOf(axis);
	const bottom = TOP + rows * ROW;
	const keys = legend(key, width, bottom + 20);
	const height = bottom + 8 + keys.height + 4;
	const ticks = axis.labels
		.map((label, i) => {
			const x = xOf(i);
			return `<line class="rungs-chart-grid" x1="${x}" y1="${TOP - 6}" x2="${x}" y2="${bottom}"/><text class="rungs-chart-tick" x="${x}" y="${TOP - 12}" text-anchor="middle">${escapeHtml(label)}</text>`;
		})
		.join('');
	const targetX = xOf(axis.meets);
	return `<svg class="rungs-chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg"><title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(description)}</desc>${ticks}<line class="rungs-chart-target" x1="${targetX}" y1="${TOP - 6}" x2="${targetX}" y2="${bottom}"/>${body}<line class="rungs-chart-grid" x1="${LEFT - 10}" y1="${bottom + 4}" x2="${width - 4}" y2="${bottom + 4}"/>${keys.svg}</svg>`;
}

/** A competency's name, cut with an ellipsis only when it would run into its value or past the chart's right edge. */
function label(axis: Axis, name: string, y: number, value = ''): string {
	const max = Math.floor((widthOf(axis) - LEFT + 6) / CHAR) - (value ? value.length + 2 : 0);
	const text = name.length > max ? `${name.slice(0, max - 1).trimEnd()}…` : name;
	// The rating itself, at the right end of the name's line, so the chart reads without the table.
	const said = value ? `<text class="rungs-chart-value" x="${widthOf(axis) - 4}" y="${y + 15}" text-anchor="end">${escapeHtml(value)}</text>` : '';
	return `<text class="rungs-chart-label" x="${LEFT - 6}" y="${y + 15}">${escapeHtml(text)}</text>${said}`;
}

const targetKey = (w: Words, axis: Axis) => ({
	icon: (x: number, y: number) => `<line class="rungs-chart-target" x1="${x}" y1="${y - 7}" x2="${x}" y2="${y + 7}"/>`,
	text: w.say('chart.target', { label: axis.labels[axis.meets] ?? '' }),
});

/** Where the chart sits on the page and the scale it is drawn on, with the catalog for its words. */
export interface ChartOptions extends MessageOptions {
	/** The id of the `<svg>`'s title and description, unique on the page. */
	id?: string;
	/** The scale's labels, lowest first. */
	scaleLabels: string[];
	/** The position of the value that meets an expectation. */
	meetsRank: number;
}

/**
 * A horizontal chart of each rating against the target level's expectation (the vertical line).
 * Colours come from CSS classes, so it fits a strict Content-Security-Policy; the same data is in
 * the report's table for screen readers and for print.
 *
 * @example
 * const svg = renderGapChartSvg(report, { id: 'ana-chart', scaleLabels, meetsRank });
 */
export function renderGapChartSvg(report: GapReport, options: ChartOptions): string {
	const id = options.id ?? 'rungs-gap-chart';
	const w = wordsOf(options);
	const axis = { labels: options.scaleLabels, meets: options.meetsRank };
	const rows = report.competencies
		.map((gap, i) => {
			const y = TOP + i * ROW;
			const name = label(axis, gap.name, y, gap.rating?.label);
			if (!gap.rating) return `${name}<text class="rungs-chart-unrated" x="${LEFT + 4}" y="${y + 32}">${escapeHtml(w.say('chart.notRated', {}))}</text>`;
			const width = Math.max(6, gap.rating.rank * STEP);
			return `${name}<rect class="rungs-chart-bar rungs-status-${gap.status}" x="${LEFT}" y="${y + 21}" width="${width}" height="12" rx="3"/><circle class="rungs-chart-dot rungs-status-${gap.status}" cx="${xOf(gap.rating.rank)}" cy="${y + 27}" r="6"/>`;
		})
		.join('');
	const description = w.say('chart.gapDescription', { lowest: axis.labels[0] ?? '', highest: axis.labels[axis.labels.length - 1] ?? '', meets: axis.labels[axis.meets] ?? '' });
	const key = [
		{ icon: (x: number, y: number) => `<circle class="rungs-chart-dot rungs-status-meets" cx="${x}" cy="${y}" r="6"/>`, text: w.say('chart.meetsOrExceeds', {}) },
		{ icon: (x: number, y: number) => `<circle class="rungs-chart-dot rungs-status-below" cx="${x}" cy="${y}" r="6"/>`, text: w.say('chart.below', {}) },
		targetKey(w, axis),
	];
	return frame(axis, report.competencies.length, w.say('chart.gapTitle', { target: report.target.title }), description, id, rows, key);
}

/**
 * Both assessors' ratings per competency on one scale: a line joins them, so the widest
 * disagreements stand out.
 *
 * @example
 * const svg = renderCalibrationChartSvg(calibration, { scaleLabels, meetsRank });
 */
export function renderCalibrationChartSvg(report: CalibrationReport, options: ChartOptions): string {
	const id = options.id ?? 'rungs-calibration-chart';
	const w = wordsOf(options);
	const axis = { labels: options.scaleLabels, meets: options.meetsRank };
	// The first rating is a ring and the second a square that fits inside it, so both show when they agree.
	const ring = (x: number, y: number) => `<circle class="rungs-chart-first" cx="${x}" cy="${y}" r="8"/>`;
	const square = (x: number, y: number) => `<rect class="rungs-chart-second" x="${x - 5}" y="${y - 5}" width="10" height="10"/>`;
	const rows = report.competencies
		.map((row, i) => {
			const y = TOP + i * ROW;
			const mid = y + 27;
			const a = row.first.rating;
			const b = row.second.rating;
			const join = a && b && a.rank !== b.rank ? `<line class="rungs-chart-join rungs-agreement-${row.agreement}" x1="${xOf(a.rank)}" y1="${mid}" x2="${xOf(b.rank)}" y2="${mid}"/>` : '';
			const missing = !a && !b ? w.say('chart.bothUnrated', {}) : !a ? w.say('chart.noRating', { role: report.first.assessor.role }) : !b ? w.say('chart.noRating', { role: report.second.assessor.role }) : '';
			return label(axis, row.name + missing, y) + join + (a ? ring(xOf(a.rank), mid) : '') + (b ? square(xOf(b.rank), mid) : '');
		})
		.join('');
	const who = (side: CalibrationReport['first']) => w.say('calibration.assessor', { role: side.assessor.role, name: side.assessor.name ?? null });
	const roles = { first: report.first.assessor.role, second: report.second.assessor.role };
	const description = w.say('chart.calibrationDescription', roles);
	const key = [
		{ icon: ring, text: who(report.first) },
		{ icon: square, text: who(report.second) },
		{ icon: (x: number, y: number) => `<line class="rungs-chart-join rungs-agreement-discuss" x1="${x - 8}" y1="${y}" x2="${x + 8}" y2="${y}"/>`, text: w.say('chart.discuss', {}) },
	];
	return frame(axis, report.competencies.length, w.say('chart.calibrationTitle', roles), description, id, rows, key);
}
