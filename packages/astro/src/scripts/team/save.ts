import type { Messages } from '@rungs/core';
import { renderTeamHtml, renderTeamMarkdown } from '@rungs/core/render';
import type { TeamSummary } from '@rungs/core/team';

/**
 * The summary as `rungs team --format …` writes it. Core's renderers are called one by one rather
 * than through renderTeamSummary, whose locale option would bring every catalog into this page.
 */
const FORMATS = {
	markdown: { extension: 'md', type: 'text/markdown', render: (team: TeamSummary, messages: Partial<Messages> | undefined) => renderTeamMarkdown(team, messages ? { messages } : {}) },
	json: { extension: 'json', type: 'application/json', render: (team: TeamSummary) => `${JSON.stringify(team, null, 2)}\n` },
	html: { extension: 'html', type: 'text/html', render: (team: TeamSummary, messages: Partial<Messages> | undefined) => renderTeamHtml(team, messages ? { messages } : {}) },
} as const;

/** Hands the person the summary as a file made here. Nothing is sent or kept: the file exists only once they save it. */
export function saveSummary(team: TeamSummary, format: keyof typeof FORMATS, baseName: string, messages: Partial<Messages> | undefined): void {
	const { extension, type, render } = FORMATS[format];
	const url = URL.createObjectURL(new Blob([render(team, messages)], { type: `${type};charset=utf-8` }));
	const link = document.createElement('a');
	link.href = url;
	link.download = `${baseName}.${extension}`;
	document.body.append(link);
	link.click();
	link.remove();
	// The download has its own copy by then; the address must not outlive the page's need for it.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
