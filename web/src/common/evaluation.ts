import { choices, EVALUATIONS } from './choices.ts';

/** The residents' evaluation (群众评议) of a request or a project, as SelectInput choices. */
export const EVALUATION_CHOICES = choices('Evaluation', EVALUATIONS);
