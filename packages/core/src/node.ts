// @rungs/core/node: file and folder loading for Node, on top of the isomorphic entry.
export { loadMatrices, loadAssessment, loadAssessmentPair, readSourceFile, type LoadMatricesOptions } from './node/load-files.ts';
