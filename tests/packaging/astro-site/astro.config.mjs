// Another organisation's ladder site, in a few lines: the packaging test builds it from the packed
// @rungs/core, outside this workspace.
import { defineConfig, passthroughImageService } from 'astro/config';

export default defineConfig({ image: { service: passthroughImageService() } });
