// The self-assessment page's entry in any language but French: the library's own English catalog.
import { startAssessment } from './main.ts';

startAssessment();
