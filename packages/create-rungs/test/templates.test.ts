import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAssessmentFolder, loadFramework } from '@rungs/core/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectFiles } from '../src/project-files.ts';
import { writeProject } from '../src/write-project.ts';
import { listFiles, scratch, workspaceVersions } from './_workspace.ts';

// A title with everything YAML, JSON and Markdown treat specially, to show it is written as data.
const TITLE = 'Acme: "ladders" # été — {{id}} & <co>';

describe.each(['en', 'fr'] as const)('the starter repository in %s', (lang) => {
	const dir = join(scratch(), 'acme-ladders');
	beforeAll(() => writeProject(dir, 'acme-ladders', projectFiles({ id: 'acme-ladders', title: TITLE, lang, date: '2026-12-01' }, workspaceVersions())));

	it('has the files a repository of ladders needs', () => {
		const files = listFiles(dir);
		for (const path of ['README.md', 'package.json', 'astro.config.mjs', '.gitignore', 'matrices/framework.yaml', '.github/workflows/ladders.yml', '.github/workflows/pages.yml']) expect(files).toContain(path);
		expect(files.filter((f) => f.startsWith('matrices/examples/') && f.endsWith('.yaml'))).toHaveLength(1);
		for (const path of files) expect(readFileSync(join(dir, path), 'utf8'), path).not.toMatch(/\{\{(?!id\}\})\w+\}\}/);
	});

	it('holds ladders and an example that validate with @rungs/core under the default house rules, without a warning', async () => {
		expect(readFileSync(join(dir, 'matrices/framework.yaml'), 'utf8')).not.toMatch(/^rules:/m);
		const framework = await loadFramework(join(dir, 'matrices'));
		if (!framework.ok) throw new Error(JSON.stringify(framework.problems, null, 2));
		expect(framework.warnings).toEqual([]);
		expect(framework.value.title).toBe(TITLE);
		expect(framework.value.id).toBe('acme-ladders');
		expect(framework.value.ladders).toHaveLength(1);
		const examples = await loadAssessmentFolder(join(dir, 'matrices/examples'), framework.value);
		if (!examples.ok) throw new Error(JSON.stringify(examples.problems, null, 2));
		expect(examples.warnings).toEqual([]);
		expect(examples.value).toHaveLength(1);
	});

	it('shows decision authority as optional, in comments, and statements both plain and with ids', () => {
		const ladder = listFiles(join(dir, 'matrices')).find((f) => !f.includes('/') && f !== 'framework.yaml')!;
		const text = readFileSync(join(dir, 'matrices', ladder), 'utf8');
		expect(text).toMatch(lang === 'en' ? /# Optional: decision authority/ : /# Facultatif : l'autorité de décision/);
		expect(text).toMatch(/^ {8}- [A-ZÉ][^:]+\.$/m);
		expect(text).toMatch(/^ {8}- id: [a-z-]+\n {10}text: /m);
		expect(readFileSync(join(dir, 'README.md'), 'utf8')).toContain(`matrices/${ladder}`);
	});

	it('depends on the versions of the packages it was built with, and names the scripts the README promises', () => {
		const versions = workspaceVersions();
		const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
		expect(manifest.name).toBe('acme-ladders');
		expect(manifest.dependencies).toEqual({ '@rungs/astro': `^${versions.astro}`, '@rungs/core': `^${versions.core}`, astro: versions.astroRange, rungs: `^${versions.cli}` });
		expect(manifest.scripts.start).toBe('astro build && astro preview');
		expect(manifest.scripts.test).toBe('rungs validate matrices --strict');
		const readme = readFileSync(join(dir, 'README.md'), 'utf8');
		expect(readme).toContain(`# ${TITLE}`);
		expect(readme).toMatch(/npm start/);
		expect(readme).toMatch(/npm test/);
	});

	it('configures the site with the integration, the title written as a string', () => {
		const config = readFileSync(join(dir, 'astro.config.mjs'), 'utf8');
		expect(config).toContain("import rungs from '@rungs/astro';");
		expect(config).toContain(`title: ${JSON.stringify(TITLE)},`);
		expect(config).toContain("matrices: './matrices'");
		// A French site says so to browsers and screen readers; an English one needs no locale.
		expect(config.includes("locales: { root: { label: 'Français', lang: 'fr' } }")).toBe(lang === 'fr');
	});

	it('has workflows that annotate pull requests, comment the diff and deploy to Pages', () => {
		const ladders = readFileSync(join(dir, '.github/workflows/ladders.yml'), 'utf8');
		expect(ladders).toContain(`npx rungs validate matrices --format github --strict --lang ${lang}`);
		expect(ladders).toMatch(/npx rungs diff --since "origin\/\$BASE_REF" matrices --lang \w+ \| tee ladder-diff\.md/);
		expect(ladders).toContain('gh pr comment "$PR" --body-file ladder-diff.md');
		const pages = readFileSync(join(dir, '.github/workflows/pages.yml'), 'utf8');
		// Valid YAML, with the jobs GitHub runs.
		expect(Object.keys((parse(ladders) as { jobs: object }).jobs)).toEqual(['check']);
		expect(Object.keys((parse(pages) as { jobs: object }).jobs)).toEqual(['build', 'deploy']);
		expect(pages).toContain('actions/deploy-pages@');
		expect(pages).toContain('actions/upload-pages-artifact@');
		expect(pages).toMatch(/path: dist\n/);
	});
});
