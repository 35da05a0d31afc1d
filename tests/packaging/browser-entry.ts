// Bundled for the browser by the packaging test: the main entry must pull no Node built-in.
import { assess, renderGapHtml } from '@rungs/core';
export { assess, renderGapHtml };
