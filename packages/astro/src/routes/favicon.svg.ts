import icon from '../assets/favicon.svg?raw';

// The site's icon, unless the site's public/ folder has its own favicon.svg (the integration then leaves this route out).
export function GET() {
	return new Response(icon, { headers: { 'Content-Type': 'image/svg+xml' } });
}
