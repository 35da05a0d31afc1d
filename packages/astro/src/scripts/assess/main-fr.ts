// The French self-assessment page's entry: the library's French catalog for problems and the
// report. Only this entry imports it, so the English page never loads the French sentences.
import { frenchMessages } from '@rungs/core/render';
import { startAssessment } from './main.ts';

startAssessment(frenchMessages);
