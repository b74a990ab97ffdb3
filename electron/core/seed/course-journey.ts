import { evaluateCourseProgress } from '../../shared/completion.ts';
import type { Quiz } from '../../shared/course-package.ts';
import type { CoursePackage } from '../courses/read-package.ts';
import { MINUTE, type Calendar } from './calendar.ts';
import { createJournal } from './journal.ts';
import { weightedPicker, type Random } from './random.ts';
import { takeQuiz } from './quiz-attempt.ts';

/** What stays the same about a learner across courses. */
export type LearnerTraits = {
  /** The chance of answering a question right at the first attempt. */
  skill: number;
  /** The chance of giving up on a course at the end of each study session. */
  dropout: number;
  devices: readonly string[];
};

/** Days between study sessions: often the same or the next few days, sometimes weeks. */
const pickGapDays = weightedPicker<[number, number]>([
  [[0, 0], 25],
  [[1, 3], 35],
  [[4, 10], 30],
  [[11, 45], 10],
]);
/** Each retake goes better: the learner read the explanations. */
const RETAKE_GAIN = 0.07;

/**
 * One learner's way through one course, as the progress and quiz services would record it: lessons opened and
 * completed in sessions, module quizzes taken (mostly) and retaken (sometimes), the final exam retried within its
 * attempt limit, and course.completed the moment the completion rule is met. Learners drop out along the way.
 */
export function courseJourney(
  pkg: CoursePackage,
  options: {
    profileId: string;
    traits: LearnerTraits;
    startMs: number;
    untilMs: number;
    calendar: Calendar;
    random: Random;
  },
) {
  const { traits, calendar, random } = options;
  const manifest = pkg.manifest;
  const journal = createJournal({ ...options, pkg, deviceId: traits.devices[0]! });
  const lessonsDone = new Set<string>();
  const quizzesPassed = new Set<string>();
  // Some enrolments are a look around: the learner opens a lesson or two and leaves.
  const dropout = random.chance(0.1) ? 0.7 : traits.dropout;
  let completedAt: string | null = null;
  let lessonsBeforeBreak = random.int(1, 4);

  const result = () => ({ events: journal.events, completedAt });

  function settleCompletion(): void {
    if (completedAt || evaluateCourseProgress(manifest, lessonsDone, quizzesPassed, null, null).status !== 'completed')
      return;
    if (journal.record('course.completed', null)) completedAt = journal.events.at(-1)!.occurredAt;
  }

  /** Ends the session; false when the learner gives up on the course instead of coming back. */
  function nextSession(minimumGapMs = 0): boolean {
    if (random.chance(dropout)) return false;
    const [fewest, most] = pickGapDays(random);
    journal.at = calendar.sessionAfter(journal.at + minimumGapMs, random.int(fewest, most), random);
    journal.deviceId = random.chance(0.85) ? traits.devices[0]! : random.pick(traits.devices);
    lessonsBeforeBreak = random.int(1, 4);
    return !journal.isOver;
  }

  /** Required quizzes (and the final exam) are retried until passed or out of attempts; others taken once or twice. */
  function quizUntilPassed(quiz: Quiz, isRequired: boolean): boolean {
    const attempts = isRequired ? (quiz.attemptLimit ?? 3) : Math.min(2, quiz.attemptLimit ?? 2);
    for (let n = 0; n < attempts; n++) {
      const passed = takeQuiz(journal, quiz, Math.min(0.98, traits.skill + n * RETAKE_GAIN), random);
      if (passed === null) return false;
      if (passed) {
        quizzesPassed.add(quiz.id);
        settleCompletion();
        return true;
      }
      if (!random.chance(isRequired ? 0.8 : 0.4)) return true;
      if (!nextSession((quiz.cooldownMinutes ?? 0) * MINUTE)) return false;
    }
    return true;
  }

  const isRequired = (quizId: string) =>
    manifest.completion.requiredQuizzes.includes(quizId) || manifest.finalExam === quizId;

  for (const module of manifest.modules) {
    for (const lesson of module.lessons) {
      if (lessonsBeforeBreak === 0 && !nextSession()) return result();
      journal.record('lesson.opened', lesson.id);
      journal.wait(lesson.minutes * random.between(0.6, 1.5) * MINUTE);
      if (random.chance(0.1)) {
        // Interrupted: the learner comes back to it another day and opens it again.
        if (!nextSession()) return result();
        journal.record('lesson.opened', lesson.id);
        journal.wait(lesson.minutes * random.between(0.2, 0.6) * MINUTE);
      }
      if (!journal.record('lesson.completed', lesson.id)) return result();
      lessonsDone.add(lesson.id);
      settleCompletion();
      journal.wait(random.between(0.3, 3) * MINUTE);
      lessonsBeforeBreak--;
    }
    const quiz = module.quiz ? pkg.quizzes.get(module.quiz) : undefined;
    if (quiz && (isRequired(quiz.id) || random.chance(0.75)) && !quizUntilPassed(quiz, isRequired(quiz.id))) {
      return result();
    }
  }
  const exam = manifest.finalExam ? pkg.quizzes.get(manifest.finalExam) : undefined;
  if (exam && nextSession()) quizUntilPassed(exam, true);
  return result();
}
