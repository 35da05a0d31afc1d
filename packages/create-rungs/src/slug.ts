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
	const id = words.join('-').slice(0, 60).replace(/-+$/, '');
	return id === '' ? fallback : id;
}
