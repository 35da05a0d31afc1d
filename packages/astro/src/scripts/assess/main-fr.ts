// The French self-assessment page's entry: the library's French words for the gap report at start
// (not the team's, email's or diff's), and its French words for problems only when a file or link
// is checked. Only this entry imports them, so the English page never loads the French sentences.
import { frenchReportMessages } from '@rungs/core/render';
import { startAssessment } from './main.ts';

startAssessment(frenchReportMessages, () => import('./french-problems.ts').then((module) => module.frenchProblemMessages));
