// The modules the integration writes at start-up (src/integration/virtual-modules.ts), as the pages see them.

declare module 'virtual:rungs/config' {
	const config: import('./integration/site-config.ts').RungsConfig;
	export default config;
}

declare module 'virtual:rungs/guides' {
	const guides: Array<{
		slug: string;
		/** `root`, or the locale key whose translation this is. */
		locale: string;
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

// The overridable components: the site's own file when it gives one (`components: { Footer: './src/Footer.astro' }`),
// else the package's. Typed as the package's, whose props the site's own receives.
declare module 'virtual:rungs/components/Head' {
	const Head: typeof import('./components/Head.astro').default;
	export default Head;
}
declare module 'virtual:rungs/components/Header' {
	const Header: typeof import('./components/Header.astro').default;
	export default Header;
}
declare module 'virtual:rungs/components/Footer' {
	const Footer: typeof import('./components/Footer.astro').default;
	export default Footer;
}
