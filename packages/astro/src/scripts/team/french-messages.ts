// A module of its own, so that core's French catalog is a chunk the English page never loads.
export { frenchMessages } from '@rungs/core/render';
