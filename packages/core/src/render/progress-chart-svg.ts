import { PROGRESS_ENGLISH, type ProgressCode } from './progress-catalogs.ts';
import type { ProgressReport } from '../schema/progress-report.ts';
import { escapeHtml } from './html.ts';
import { statusWords, wordsOf, type MessageOptions } from './common.ts';

const STATUSES = ['exceeds', 'meets', 'below', 'unrated'] as const;
const LEFT = 12;
const TOP = 12;
const COLUMN = 92;
const BAR = 40;
const HEIGHT = 150;
const KEY = 22;

/**
 * A small timeline: one stacked bar per assessment, oldest first, of how many competencies exceed,
 * meet or are below the target, or are not rated, each segment with its number written in it, so
 * colour never carries the data alone. The report's counts table holds the same numbers.
 *
 * @example
 * figure.innerHTML = renderProgressChartSvg(progress, { id: 'ana-timeline' });
 */
export function renderProgressChartSvg(report: ProgressReport, options: MessageOptions & { id?: string } = {}): string {
	const id = options.id ?? 'rungs-progress-chart';
	const w = wordsOf(options, PROGRESS_ENGLISH);
	const total = Math.max(1, ...report.points.map((p) => STATUSES.reduce((sum, s) => sum + p.counts[s], 0)));
	const width = LEFT * 2 + COLUMN * report.points.length;
	const bottom = TOP + HEIGHT;
	const bars = report.points
		.map((point, i) => {
			const x = LEFT + i * COLUMN + (COLUMN - BAR) / 2;
			let y = bottom;
			const parts: string[] = [];
			for (const status of STATUSES) {
				const count = point.counts[status];
				if (count === 0) continue;
				const h = (count / total) * HEIGHT;
				y -= h;
				parts.push(`<rect class="rungs-timeline-bar rungs-status-${status}" x="${x}" y="${y.toFixed(1)}" width="${BAR}" height="${h.toFixed(1)}"/>`);
				if (h >= 14) parts.push(`<text class="rungs-timeline-count" x="${x + BAR / 2}" y="${(y + h / 2 + 4).toFixed(1)}" text-anchor="middle">${count}</text>`);
			}
			const day = escapeHtml(w.say('report.date', { date: point.date }));
			return `${parts.join('')}<text class="rungs-chart-tick" x="${x + BAR / 2}" y="${bottom + 16}" text-anchor="middle">${day}</text>`;
		})
		.join('');
	const keys = STATUSES.map((status, i) => {
		const y = bottom + 40 + i * KEY;
		return `<rect class="rungs-timeline-bar rungs-status-${status}" x="${LEFT}" y="${y - 6}" width="12" height="12"/><text class="rungs-chart-key" x="${LEFT + 18}" y="${y + 4}">${escapeHtml(statusWords(w, status))}</text>`;
	}).join('');
	const height = bottom + 40 + STATUSES.length * KEY;
	const title = w.say('progress.chartLabel', { name: report.person.name, count: report.points.length });
	const description = w.say('progress.chartDescription', { count: report.points.length });
	return `<svg class="rungs-chart rungs-timeline" viewBox="0 0 ${Math.max(width, 200)} ${height}" width="${Math.max(width, 200)}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg"><title id="${id}-title">${escapeHtml(title)}</title><desc id="${id}-desc">${escapeHtml(description)}</desc><line class="rungs-chart-grid" x1="${LEFT}" y1="${bottom}" x2="${width - LEFT}" y2="${bottom}"/>${bars}${keys}</svg>`;
}
