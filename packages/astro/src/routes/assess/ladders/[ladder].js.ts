import type { APIContext } from 'astro';
import { getFramework } from '../../../lib/data.ts';
import { ladderModule } from '../../../lib/assess-ladders.ts';
import { localeOfPath, localeOfRoute } from '../../../lib/page-locale.ts';

// One ladder for the self-assessment and the team page (lib/assess-ladders.ts), loaded when a person picks it
// or an opened assessment names it.
export async function getStaticPaths({ routePattern }: { routePattern: string }) {
	const framework = await getFramework(localeOfRoute(routePattern));
	return framework.ladders.map((ladder) => ({ params: { ladder: ladder.id } }));
}

export async function GET({ params, url }: APIContext) {
	const text = ladderModule(await getFramework(localeOfPath(url.pathname)), String(params.ladder));
	return new Response(text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
}
