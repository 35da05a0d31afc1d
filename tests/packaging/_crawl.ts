/** What a crawl of a served site found: every page's HTML, and the status of every address reached. */
export interface Crawl {
	readonly pages: Map<string, string>;
	readonly statuses: Map<string, number>;
	/** Links to a #fragment that the target page does not have, as `from → to#fragment`. */
	readonly missingFragments: string[];
}

/** Every same-origin address a page links to or loads (href, src), split from its fragment. */
function references(html: string, page: string, origin: string): { url: string; hash: string }[] {
	const out: { url: string; hash: string }[] = [];
	for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
		const url = new URL(match[1]!.replace(/&amp;|&#38;/g, '&'), page);
		if (url.origin === origin) out.push({ url: url.origin + url.pathname, hash: decodeURIComponent(url.hash.slice(1)) });
	}
	return out;
}

/**
 * Fetches a served site from its home page and its sitemap, following every same-origin link and
 * asset once, as a visitor's browser and a search engine would find them.
 */
export async function crawl(origin: string): Promise<Crawl> {
	const pages = new Map<string, string>();
	const statuses = new Map<string, number>();
	const sitemap = await fetch(`${origin}/sitemap-0.xml`).then((r) => (r.ok ? r.text() : ''));
	const queue = [`${origin}/`, ...[...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => origin + new URL(m[1]!).pathname)];
	while (queue.length > 0) {
		const url = queue.shift()!;
		if (statuses.has(url)) continue;
		const response = await fetch(url);
		statuses.set(url, response.status);
		const isHtml = (response.headers.get('content-type') ?? '').startsWith('text/html');
		if (!isHtml || response.status !== 200) {
			await response.arrayBuffer();
			continue;
		}
		const html = await response.text();
		pages.set(url, html);
		for (const ref of references(html, url, origin)) if (!statuses.has(ref.url)) queue.push(ref.url);
	}
	const missingFragments: string[] = [];
	for (const [url, html] of pages) {
		for (const ref of references(html, url, origin)) {
			const target = pages.get(ref.url);
			// `#from=…&to=…` is state for the page's script (the self-assessment's pre-filled levels), not an anchor.
			const anchor = ref.hash && !ref.hash.includes('=');
			if (anchor && target && !target.includes(` id="${ref.hash}"`)) missingFragments.push(`${url} → ${ref.url}#${ref.hash}`);
		}
	}
	return { pages, statuses, missingFragments };
}

/**
 * A page as words a reader or a crawler could meet: its text and its attributes (titles, alt texts,
 * meta descriptions, embedded data), with the common entities decoded and spaces collapsed.
 */
export function pageWords(html: string): string {
	return html
		.replace(/&nbsp;|&#160;/g, ' ')
		.replace(/&#39;|&#x27;|&apos;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');
}
