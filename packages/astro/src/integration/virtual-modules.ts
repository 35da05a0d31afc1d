import { resolve } from 'node:path';
import type { GuideFile, RungsConfig } from './site-config.ts';

/*
 * The site's options reach the pages as virtual modules, written once at start-up:
 * - `virtual:rungs/config`: the checked options (RungsConfig), as JSON;
 * - `virtual:rungs/guides`: the site's guides, imported so Astro renders their Markdown and MDX;
 * - `virtual:rungs/logo`: the logo image, when the site has one;
 * - `virtual:rungs/components/<Name>`: each overridable component, the site's own or the package's.
 */

const PREFIX = 'virtual:rungs/';

interface VitePlugin {
	name: string;
	resolveId(id: string): string | undefined;
	load(id: string): string | undefined;
}

export interface VirtualModuleInput {
	config: RungsConfig;
	guides: readonly GuideFile[];
	/** The logo file, absolute, when the site has one. */
	logo?: string;
	/** Per overridable component: the module that provides it. */
	components: Record<string, string>;
	/** The site's folder: relative component paths start there. */
	root: string;
}

export function virtualModules(input: VirtualModuleInput): VitePlugin {
	const specifier = (id: string) => JSON.stringify(id.startsWith('.') ? resolve(input.root, id) : id);
	const modules = new Map<string, string>([
		['config', `export default ${JSON.stringify(input.config)};`],
		[
			'guides',
			[
				...input.guides.map((guide, i) => `import * as guide${i} from ${JSON.stringify(guide.path)};`),
				`export default [${input.guides.map((guide, i) => `{ slug: ${JSON.stringify(guide.slug)}, locale: ${JSON.stringify(guide.locale)}, module: guide${i} }`).join(', ')}];`,
			].join('\n'),
		],
		['logo', input.logo ? `export { default } from ${JSON.stringify(input.logo)};` : 'export default undefined;'],
		...Object.entries(input.components).map(([name, module]) => [`components/${name}`, `export { default } from ${specifier(module)};`] as [string, string]),
	]);
	return {
		name: 'rungs:virtual-modules',
		resolveId: (id) => (id.startsWith(PREFIX) && modules.has(id.slice(PREFIX.length)) ? `\0${id}` : undefined),
		load: (id) => (id.startsWith(`\0${PREFIX}`) ? modules.get(id.slice(PREFIX.length + 1)) : undefined),
	};
}
