/**
 * The stylesheet of the HTML reports: custom properties for colours (a page may set its own),
 * dark mode from the system setting, and a print layout that fits a report on one page.
 * Served by the site as /report.css and embedded in standalone HTML reports.
 */
export const REPORT_CSS = `
.rungs-report {
	--rungs-fg: #1b1f24; --rungs-bg: #ffffff; --rungs-muted: #57606a; --rungs-line: #d0d7de; --rungs-soft: #f6f8fa;
	--rungs-exceeds: #0a6e3a; --rungs-meets: #1a7f37; --rungs-below: #b35900; --rungs-unrated: #6e7781; --rungs-target: #0550ae;
	color: var(--rungs-fg); line-height: 1.5;
	/* The report adapts to the room it is given (a page, or the side panel of the self-assessment). */
	container-type: inline-size;
}
@media (prefers-color-scheme: dark) {
	.rungs-report {
		--rungs-fg: #e6edf3; --rungs-bg: #0d1117; --rungs-muted: #9da7b3; --rungs-line: #3d444d; --rungs-soft: #161b22;
		--rungs-exceeds: #56d364; --rungs-meets: #3fb950; --rungs-below: #f0883e; --rungs-unrated: #8b949e; --rungs-target: #79c0ff;
	}
	/* On a dark page the pale bars of the light theme would sink into the background. */
	.rungs-chart .rungs-chart-bar { opacity: 0.7; }
}
.rungs-report h1, .rungs-report h2, .rungs-report h3, .rungs-report h4, .rungs-report h5 { line-height: 1.25; margin: 1.4em 0 0.45em; }
.rungs-report p { margin: 0.4em 0; }
.rungs-report-header > :first-child { margin-top: 0.3em; }
.rungs-report-header p { margin: 0.2em 0; }
.rungs-muted { color: var(--rungs-muted); }
.rungs-move { font-weight: 600; }

/* Readiness: the answer first, in a panel whose edge says meets (green) or not yet (orange). */
.rungs-readiness { border-left: 4px solid var(--rungs-below); background: var(--rungs-soft); border-radius: 0 6px 6px 0; padding: 0.75em 1em; margin: 1.25em 0; }
.rungs-readiness-meets { border-left-color: var(--rungs-meets); }
.rungs-readiness > :first-child { margin-top: 0; }
.rungs-readiness > :last-child { margin-bottom: 0; }
.rungs-verdict { font-size: 1.05em; }
.rungs-rule, .rungs-counts { font-size: 0.95em; }
.rungs-blockers { margin: 0.4em 0; padding-left: 1.3em; }
.rungs-blockers li { margin: 0.2em 0; }

/* The chart: names above their marks, a legend underneath. */
.rungs-figure { margin: 1em 0 1.25em; max-width: 100%; overflow-x: auto; }
.rungs-chart { display: block; max-width: 100%; height: auto; font: 13px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; }
.rungs-chart text { fill: var(--rungs-fg); }
.rungs-chart .rungs-chart-tick, .rungs-chart .rungs-chart-key { font-size: 12px; }
.rungs-chart .rungs-chart-tick { fill: var(--rungs-muted); }
.rungs-chart .rungs-chart-unrated { fill: var(--rungs-muted); font-size: 12px; font-style: italic; }
/* A halo in the page colour keeps names readable where a grid line runs behind them. */
.rungs-chart .rungs-chart-label { stroke: var(--rungs-bg); stroke-width: 4px; stroke-linejoin: round; paint-order: stroke; }
.rungs-chart-grid { stroke: var(--rungs-line); stroke-width: 1; }
.rungs-chart-target { stroke: var(--rungs-target); stroke-width: 2; stroke-dasharray: 4 3; }
.rungs-chart-bar { opacity: 0.35; }
.rungs-chart .rungs-chart-value { fill: var(--rungs-muted); font-size: 12px; font-weight: 600; }
.rungs-chart-summary { color: var(--rungs-muted); font-size: 0.95em; margin-top: 0.3em; }
/* As wide as the report, up to a size where its words stay in proportion. */
.rungs-figure .rungs-chart { width: 100%; max-width: 34rem; }
.rungs-chart .rungs-status-exceeds { fill: var(--rungs-exceeds); }
.rungs-chart .rungs-status-meets { fill: var(--rungs-meets); }
.rungs-chart .rungs-status-below { fill: var(--rungs-below); }
.rungs-chart .rungs-timeline-bar.rungs-status-unrated { fill: var(--rungs-line); }
/* A count in its coloured segment: a dark outline keeps it legible on every status colour, in both schemes. */
.rungs-chart .rungs-timeline-count { fill: #fff; font-weight: 600; stroke: rgba(0, 0, 0, 0.6); stroke-width: 3px; paint-order: stroke; }
.rungs-figure .rungs-timeline { max-width: 28rem; }
.rungs-chart-join { stroke: var(--rungs-muted); stroke-width: 3; }
.rungs-chart-join.rungs-agreement-discuss { stroke: var(--rungs-below); }
.rungs-chart-first { fill: none; stroke: var(--rungs-target); stroke-width: 2.5; }
.rungs-chart-second { fill: var(--rungs-fg); }

/* The table. */
.rungs-table-wrap { overflow-x: auto; margin: 1em 0; }
.rungs-table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
.rungs-table caption { text-align: left; font-weight: 600; padding: 0.3em 0 0.5em; }
.rungs-table th, .rungs-table td { border-bottom: 1px solid var(--rungs-line); padding: 0.4em 0.6em; text-align: left; vertical-align: top; }
.rungs-table thead th { border-bottom-width: 2px; white-space: nowrap; }
.rungs-table tbody th { font-weight: 600; }
.rungs-category th { background: var(--rungs-soft); color: var(--rungs-muted); font-size: 0.8em; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em; padding-top: 0.55em; }
.rungs-status { font-weight: 600; white-space: nowrap; }
.rungs-status.rungs-status-exceeds { color: var(--rungs-exceeds); }
.rungs-status.rungs-status-meets { color: var(--rungs-meets); }
.rungs-status.rungs-status-below { color: var(--rungs-below); }
.rungs-status.rungs-status-unrated { color: var(--rungs-unrated); }
.rungs-tag { display: inline-block; font-size: 0.75em; font-weight: 600; line-height: 1.5; border: 1px solid var(--rungs-line); border-radius: 999px; padding: 0 0.55em; color: var(--rungs-muted); white-space: nowrap; vertical-align: 0.1em; }

/* Still to show, and the evidence; in a calibration, the two sides of each disagreement. */
.rungs-competency { margin-bottom: 0.8em; }
.rungs-competency > h3, .rungs-competency > h4, .rungs-competency > h5 { margin: 1.1em 0 0.3em; }
.rungs-label { font-weight: 600; margin: 0.6em 0 0.15em; }
.rungs-to-show, .rungs-evidence { margin: 0.2em 0 0.6em; padding-left: 1.3em; }
.rungs-to-show li, .rungs-evidence li { margin: 0.2em 0; }
.rungs-note { border-left: 3px solid var(--rungs-line); padding-left: 0.75em; font-style: italic; }
.rungs-sides { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 16rem), 1fr)); gap: 0 2em; }
.rungs-side > :first-child { margin-top: 0.3em; }
.rungs-disclaimer { color: var(--rungs-muted); font-style: italic; margin-top: 1.5em; padding-top: 0.75em; border-top: 1px solid var(--rungs-line); }

/* In a narrow column the table tightens so that it fits without scrolling sideways. */
@container (max-width: 32rem) {
	.rungs-table { font-size: 0.875em; }
	.rungs-table th, .rungs-table td { padding: 0.35em 0.35em; }
	.rungs-table thead th { white-space: normal; }
	.rungs-readiness { padding: 0.6em 0.75em; }
}
@container (max-width: 24rem) {
	.rungs-table { font-size: 0.8125em; }
	.rungs-table th, .rungs-table td { padding: 0.35em 0.25em; }
	.rungs-status { white-space: normal; }
	.rungs-table thead th { font-size: 0.9em; }
}

@media print {
	@page { margin: 8mm; }
	/*
	 * One A4 or Letter page: the readiness, the chart (or the table), and what is still to show with
	 * the evidence and notes, in three columns. Headings stay with what follows them.
	 */
	.rungs-report { --rungs-fg: #000; --rungs-bg: #fff; --rungs-muted: #333; --rungs-line: #999; --rungs-soft: #eee; font-size: 7.5pt; line-height: 1.15; }
	.rungs-report h1 { font-size: 13pt; margin: 0 0 0.2em; }
	.rungs-report h2 { font-size: 10pt; margin: 0.4em 0 0.1em; }
	.rungs-report h3, .rungs-report h4 { font-size: 8.5pt; margin: 0.35em 0 0.1em; }
	.rungs-report h1, .rungs-report h2, .rungs-report h3, .rungs-report h4, .rungs-report h5, .rungs-label { break-after: avoid; }
	.rungs-report p { margin: 0.15em 0; }
	.rungs-readiness { margin: 0.4em 0; padding: 0 0 0 0.6em; background: none; border-radius: 0; break-inside: avoid; }
	.rungs-verdict, .rungs-rule, .rungs-counts { font-size: 1em; }
	.rungs-blockers { margin: 0.1em 0; }
	.rungs-blockers li { margin: 0; }
	/*
	 * With a chart, the chart stands beside the readiness and replaces the table (it draws the same
	 * ratings and statuses; the evidence is listed below), so a report fits one page.
	 */
	.rungs-report:has(.rungs-figure) { display: grid; grid-template-columns: minmax(0, 2fr) minmax(0, 1fr); column-gap: 6mm; align-items: start; }
	.rungs-report:has(.rungs-figure) > * { grid-column: 1 / -1; }
	.rungs-report:has(.rungs-figure) > .rungs-report-header { grid-column: 1; grid-row: 1; }
	.rungs-report:has(.rungs-figure) > .rungs-readiness { grid-column: 1; grid-row: 2; }
	.rungs-report:has(.rungs-figure) > .rungs-ratings { grid-column: 2; grid-row: 1 / span 3; }
	.rungs-ratings:has(.rungs-figure) > :is(h2, h3, h4), .rungs-ratings:has(.rungs-figure) > .rungs-table-wrap { display: none; }
	.rungs-figure { margin: 0.2em 0; overflow: visible; break-inside: avoid; }
	.rungs-chart, .rungs-figure .rungs-chart { width: 100%; max-width: none; height: auto; }
	/* The readiness beside the chart already gives these counts. */
	.rungs-chart-summary { display: none; }
	.rungs-no-gap { display: none; }
	.rungs-details .rungs-no-gap:has(.rungs-evidence, .rungs-note) { display: block; }
	.rungs-table-wrap { overflow: visible; margin: 0.3em 0; }
	.rungs-table { font-size: 1em; }
	.rungs-table th, .rungs-table td { padding: 0.05em 0.4em; }
	.rungs-table tr { break-inside: avoid; }
	.rungs-category th { font-size: 0.9em; padding-top: 0.1em; }
	.rungs-table caption { padding: 0; }
	.rungs-details { column-count: 3; column-gap: 4mm; }
	.rungs-details > h2, .rungs-details > h3 { column-span: all; }
	.rungs-competency { break-inside: avoid; margin-bottom: 0; }
	.rungs-competency > h3, .rungs-competency > h4, .rungs-competency > h5 { margin: 0.3em 0 0.05em; }
	.rungs-to-show, .rungs-evidence { margin: 0 0 0.1em; padding-left: 1em; }
	.rungs-to-show li, .rungs-evidence li { margin: 0; }
	.rungs-label { margin: 0.1em 0 0; font-size: 0.95em; }
	.rungs-note { padding-left: 0.5em; border-left-width: 2px; }
	.rungs-sides { gap: 0 6mm; }
	/* A calibration's table already says each difference; its chart would take a page of its own. */
	.rungs-calibration .rungs-figure { display: none; }
	.rungs-disclaimer { margin-top: 0.4em; padding-top: 0; border-top: 0; }
	.rungs-report a { color: inherit; text-decoration: none; }
}
`;
