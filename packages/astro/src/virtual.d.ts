// The modules the integration writes at start-up (src/integration/virtual-modules.ts), as the pages see them.

declare module 'virtual:rungs/config' {
	const config: import('./integration/site-config.ts').RungsConfig;
	export default config;
}

declare module 'virtual:rungs/guides' {
	const guides: Array<{
		slug: string;
		module: {
			frontmatter: { title: string; description: string; order?: number };
			Content: import('astro').MarkdownInstance<Record<string, unknown>>['Content'];
		};
	}>;
	export default guides;
}

declare module 'virtual:rungs/logo' {
	const logo: import('astro').ImageMetadata | undefined;
	export default logo;
}
