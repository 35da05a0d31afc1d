import type { APIContext } from 'astro';
import { getFramework } from '../../lib/data.ts';
import { ladderIndexModule } from '../../lib/assess-ladders.ts';
import { localeOfPath } from '../../lib/page-locale.ts';

// The ladder index of the self-assessment and the team page (lib/assess-ladders.ts), in the language of the page beside it.
export async function GET({ url }: APIContext) {
	const { text } = ladderIndexModule(await getFramework(localeOfPath(url.pathname)));
	return new Response(text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
