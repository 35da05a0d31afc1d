// The library's French words for problems, in a module of their own so the page fetches them with the
// validator (see main-fr.ts), not at start: problems are only ever shown once a file or link is checked.
export { frenchProblemMessages } from '@rungs/core/render';
