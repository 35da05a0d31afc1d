// What a renderer printed that came neither from the data nor from the catalog: the test of a
// translation catalog (messages.test.ts, pseudo-locale.test.ts, french.test.ts).

/** Every string in a value (a report, a diff): the data a renderer may print as it stands. */
export function dataStrings(value: unknown, out: string[] = []): string[] {
	if (typeof value === 'string') out.push(value);
	else if (Array.isArray(value)) for (const item of value) dataStrings(item, out);
	else if (value && typeof value === 'object') for (const item of Object.values(value)) dataStrings(item, out);
	return out;
}

/**
 * The words of an output that come neither from the data nor from the catalog: with the bracketed
 * catalog, any left are English the renderer wrote itself. `translated` matches what the test
 * catalog said (by default `[CODE]`). HTML is read as a person meets it: the
 * text, the accessible labels and the page's language.
 */
export function leftoverWords(output: string, data: unknown, translated: RegExp = /\[[A-Za-z._]+\]/g): string[] {
	let text = output
		.replace(/<style>[\s\S]*?<\/style>/g, ' ')
		.replace(/(?:aria-label|lang)="([^"]*)"/g, '> $1 <')
		.replace(/<[^>]*>/g, ' ')
		.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[name]!)
		.replace(/\\/g, '');
	// What the test catalog said, nested or not (a label around a message), goes first.
	for (let before = ''; before !== text; ) [before, text] = [text, text.replace(translated, ' ')];
	for (const value of dataStrings(data).filter((s) => s.length > 0).sort((a, b) => b.length - a.length)) {
		text = text.split(value.replace(/\s+/g, ' ').trim()).join(' ').split(value).join(' ');
	}
	return text.match(/[A-Za-z]{3,}/g) ?? [];
}
