import { REPORT_CSS } from '@rungs/core/render';

// The gap-report stylesheet comes from the library, so the site, the CLI's HTML output and
// other tools style reports the same way.
export function GET() {
	return new Response(REPORT_CSS, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
