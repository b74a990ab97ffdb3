import type { PackageProblem } from '../../shared/catalog.ts';
import type { Question, Quiz } from '../../shared/course-package.ts';

type SimpleQuestion = Exclude<Question, { type: 'scenario' }>;

function answerProblems(q: SimpleQuestion): string[] {
  const ids = (list: { id: string }[]) => list.map((o) => o.id);
  const dupes = (list: string[]) => list.filter((id, i) => list.indexOf(id) !== i);
  switch (q.type) {
    case 'single':
      return [
        ...dupes(ids(q.options)).map((id) => `option id "${id}" is used twice`),
        ...(ids(q.options).includes(q.answer) ? [] : [`the answer "${q.answer}" is not one of the options`]),
      ];
    case 'multiple':
      return [
        ...dupes(ids(q.options)).map((id) => `option id "${id}" is used twice`),
        ...q.answer.filter((a) => !ids(q.options).includes(a)).map((a) => `the answer "${a}" is not one of the options`),
        ...(q.answer.length === q.options.length ? ['at least one option must be wrong'] : []),
      ];
    case 'matching':
      return dupes(ids(q.pairs)).map((id) => `pair id "${id}" is used twice`);
    case 'ordering':
      return dupes(ids(q.items)).map((id) => `item id "${id}" is used twice`);
    case 'trueFalse':
    case 'shortText':
      return [];
  }
}

/** What a schema cannot say: answers that are real options, unique ids, banks big enough for their draws. */
export function checkQuizIntegrity(file: string, quiz: Quiz): PackageProblem[] {
  const problems: PackageProblem[] = [];
  const seen = new Set<string>();
  quiz.questions.forEach((question, qi) => {
    const subs = question.type === 'scenario' ? question.questions : [question];
    const all = question.type === 'scenario' ? [question, ...subs] : subs;
    for (const q of all) {
      if (seen.has(q.id)) problems.push({ file, path: `questions[${qi}]`, message: `question id "${q.id}" is used twice` });
      seen.add(q.id);
    }
    subs.forEach((q, si) => {
      const path = question.type === 'scenario' ? `questions[${qi}].questions[${si}]` : `questions[${qi}]`;
      for (const message of answerProblems(q)) problems.push({ file, path, message });
    });
  });
  if (quiz.draw !== undefined && quiz.draw > quiz.questions.length) {
    problems.push({
      file,
      path: 'draw',
      message: `draws ${quiz.draw} questions but the bank has only ${quiz.questions.length}`,
    });
  }
  return problems;
}
