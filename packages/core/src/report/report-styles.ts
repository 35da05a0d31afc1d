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
}
@media (prefers-color-scheme: dark) {
	.rungs-report {
		--rungs-fg: #e6edf3; --rungs-bg: #0d1117; --rungs-muted: #9da7b3; --rungs-line: #3d444d; --rungs-soft: #161b22;
		--rungs-exceeds: #56d364; --rungs-meets: #3fb950; --rungs-below: #f0883e; --rungs-unrated: #8b949e; --rungs-target: #79c0ff;
	}
}
.rungs-report h1, .rungs-report h2, .rungs-report h3, .rungs-report h4, .rungs-report h5 { line-height: 1.25; margin: 1.2em 0 0.4em; }
.rungs-report p { margin: 0.4em 0; }
.rungs-muted { color: var(--rungs-muted); }
.rungs-move { font-weight: 600; }
.rungs-readiness { border-left: 4px solid var(--rungs-below); padding: 0.25em 0 0.25em 1em; margin: 1em 0; }
.rungs-readiness-meets { border-left-color: var(--rungs-meets); }
.rungs-blockers { margin: 0.4em 0; padding-left: 1.4em; }
.rungs-figure { margin: 1em 0; max-width: 100%; overflow-x: auto; }
.rungs-chart { max-width: 100%; height: auto; font: 12px system-ui, sans-serif; }
.rungs-chart text { fill: var(--rungs-fg); }
.rungs-chart .rungs-chart-tick, .rungs-chart .rungs-chart-unrated { fill: var(--rungs-muted); }
.rungs-chart-grid { stroke: var(--rungs-line); stroke-width: 1; }
.rungs-chart-target { stroke: var(--rungs-target); stroke-width: 2; stroke-dasharray: 4 3; }
.rungs-chart-bar { opacity: 0.35; }
.rungs-chart .rungs-status-exceeds { fill: var(--rungs-exceeds); }
.rungs-chart .rungs-status-meets { fill: var(--rungs-meets); }
.rungs-chart .rungs-status-below { fill: var(--rungs-below); }
.rungs-chart-join { stroke: var(--rungs-muted); stroke-width: 3; }
.rungs-chart-join.rungs-agreement-discuss { stroke: var(--rungs-below); }
.rungs-chart-first { fill: var(--rungs-target); }
.rungs-chart-second { fill: var(--rungs-fg); }
.rungs-table-wrap { overflow-x: auto; margin: 1em 0; }
.rungs-table { border-collapse: collapse; width: 100%; }
.rungs-table caption { text-align: left; font-weight: 600; padding: 0.3em 0; }
.rungs-table th, .rungs-table td { border-bottom: 1px solid var(--rungs-line); padding: 0.35em 0.6em; text-align: left; vertical-align: top; }
.rungs-table thead th { border-bottom-width: 2px; }
.rungs-category th { background: var(--rungs-soft); font-weight: 600; }
.rungs-status { font-weight: 600; white-space: nowrap; }
.rungs-status.rungs-status-exceeds { color: var(--rungs-exceeds); }
.rungs-status.rungs-status-meets { color: var(--rungs-meets); }
.rungs-status.rungs-status-below { color: var(--rungs-below); }
.rungs-status.rungs-status-unrated { color: var(--rungs-unrated); }
.rungs-tag { display: inline-block; font-size: 0.8em; font-weight: 600; border: 1px solid var(--rungs-line); border-radius: 999px; padding: 0 0.5em; color: var(--rungs-muted); }
.rungs-label { font-weight: 600; margin-top: 0.6em; }
.rungs-to-show, .rungs-evidence { margin: 0.2em 0 0.6em; padding-left: 1.4em; }
.rungs-disclaimer { color: var(--rungs-muted); font-style: italic; margin-top: 1.5em; }
@media print {
	/* One A4 or Letter page: the readiness, the table, and what is still to show, in two columns. */
	.rungs-report { --rungs-fg: #000; --rungs-muted: #333; --rungs-line: #999; --rungs-soft: #eee; font-size: 8pt; line-height: 1.25; }
	.rungs-report h1 { font-size: 13pt; margin: 0 0 0.2em; }
	.rungs-report h2 { font-size: 10pt; margin: 0.5em 0 0.15em; }
	.rungs-report h3, .rungs-report h4 { font-size: 8.5pt; margin: 0.35em 0 0.1em; break-after: avoid; }
	.rungs-report p { margin: 0.15em 0; }
	.rungs-readiness { margin: 0.4em 0; padding: 0 0 0 0.6em; }
	.rungs-blockers { margin: 0.1em 0; }
	.rungs-figure, .rungs-evidence, .rungs-label-evidence, .rungs-note, .rungs-no-gap { display: none; }
	.rungs-table-wrap { overflow: visible; margin: 0.3em 0; }
	.rungs-table th, .rungs-table td { padding: 0.05em 0.4em; }
	.rungs-table caption { padding: 0; }
	.rungs-details { column-count: 2; column-gap: 6mm; }
	.rungs-details > h2, .rungs-details > h3 { column-span: all; }
	.rungs-competency { break-inside: avoid; }
	.rungs-to-show { margin: 0 0 0.2em; padding-left: 1.1em; }
	.rungs-label, .rungs-to-show .rungs-muted { display: none; }
	.rungs-disclaimer { margin-top: 0.4em; }
	.rungs-report a { color: inherit; text-decoration: none; }
}
`;
