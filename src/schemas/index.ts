/**
 * Frontmatter schemas, one file per collection. They live apart from `content.config.ts` so that unit
 * tests can parse fixtures with them; every field's `.describe()` text is the writer's reference.
 */
export { categorySchema } from './categories';
export { CHANGE_KINDS, isCalendarDate } from './common';
export { comparisonSchema } from './comparisons';
export { conceptSchema } from './concepts';
export { examSchema } from './exams';
export { glossaryTermSchema } from './glossary';
export { questionSchema, questionSetSchema, type QuestionInput } from './questions';
export { SERVICE_STATES, serviceSchema } from './services';
