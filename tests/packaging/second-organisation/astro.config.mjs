// @ts-check
// The second organisation's site: only the integration and its options, as a user would write it.
import rungs from '@rungs/astro';
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: 'https://ladders.northwind.example',
	integrations: [
		rungs({
			matrices: './matrices',
			title: 'Northwind field service ladders',
			description: 'How field technicians and dispatchers grow at Northwind.',
			license: { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
			examples: false,
		}),
	],
});
