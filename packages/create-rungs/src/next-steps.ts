import type { Language } from './arguments.ts';

/** What to do once the folder is written, in the starter's language. */
export function nextSteps(directory: string, isHere: boolean, lang: Language): string {
	const cd = isHere ? '' : `  cd ${/\s/.test(directory) ? JSON.stringify(directory) : directory}\n`;
	if (lang === 'fr') {
		return `\n${directory} est prêt : une première échelle commentée, une évaluation d'exemple, le site et ses workflows GitHub.\n\nEnsuite :\n${cd}  npm install\n  npm start     le site, sur http://localhost:4321/\n  npm test      vérifie les échelles\n\nLe README dit comment publier le site sur GitHub Pages.\n`;
	}
	return `\n${directory} is ready: a first ladder full of comments, an example assessment, the site and its GitHub workflows.\n\nNext:\n${cd}  npm install\n  npm start     the site, at http://localhost:4321/\n  npm test      checks the ladders\n\nThe README says how to publish the site on GitHub Pages.\n`;
}
