/** What other features may use from the questions and answers (lint keeps the rest private). */
export { CategoryChoices } from './CategoryChoices';
