/**
 * An identifier made from a folder name or a title: lower-case ASCII words joined by `-`, as
 * Rungs ids and npm package names both accept; `fallback` when nothing usable is left.
 */
export function slug(text: string, fallback: string): string {
	const words = text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter((word) => word !== '');
	// Words are joined by single hyphens, so a cut leaves at most one at the end.
	const cut = words.join('-').slice(0, 60);
	const id = cut.endsWith('-') ? cut.slice(0, -1) : cut;
	return id === '' ? fallback : id;
}
