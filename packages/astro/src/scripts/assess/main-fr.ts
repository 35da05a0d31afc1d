// The French self-assessment page's entry: the library's French words for problems and the gap
// report (not the team's, email's or diff's). Only this entry imports them, so the English page never
// loads the French sentences.
import { frenchReportMessages } from '@rungs/core/render';
import { startAssessment } from './main.ts';

startAssessment(frenchReportMessages);
