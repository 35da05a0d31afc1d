// The library's whole French catalog, for "Since last time" and "What to work on next" on the French
// page: a chunk of its own, loaded only there and only once an earlier assessment is opened.
export { frenchMessages } from '@rungs/core/render';
