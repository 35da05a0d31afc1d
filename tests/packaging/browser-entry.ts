// Bundled for the browser by the packaging test: the main entry must pull no Node built-in.
import { assess } from '@rungs/core';
import { renderGapHtml } from '@rungs/core/render';
export { assess, renderGapHtml };
