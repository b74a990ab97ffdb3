import { quizSubmittedPayload } from '../../shared/assessment/quiz-events.ts';
import type { EventType } from '../../shared/progress.ts';
import type { CourseLibrary } from '../courses/course-library.ts';

const VERBS: Record<EventType, { id: string; en: string; th: string }> = {
  'lesson.opened': { id: 'http://adlnet.gov/expapi/verbs/experienced', en: 'experienced', th: 'เข้าเรียน' },
  'lesson.completed': { id: 'http://adlnet.gov/expapi/verbs/completed', en: 'completed', th: 'เรียนจบ' },
  'course.completed': { id: 'http://adlnet.gov/expapi/verbs/completed', en: 'completed', th: 'เรียนจบ' },
  'quiz.started': { id: 'http://adlnet.gov/expapi/verbs/attempted', en: 'attempted', th: 'เริ่มทำ' },
  'quiz.answered': { id: 'http://adlnet.gov/expapi/verbs/answered', en: 'answered', th: 'ตอบ' },
  'quiz.submitted': { id: 'http://adlnet.gov/expapi/verbs/completed', en: 'completed', th: 'ส่งคำตอบ' },
};
const PASSED = { id: 'http://adlnet.gov/expapi/verbs/passed', en: 'passed', th: 'ผ่าน' };
const FAILED = { id: 'http://adlnet.gov/expapi/verbs/failed', en: 'failed', th: 'ไม่ผ่าน' };
/**
 * The namespace of Rian's learner accounts and activity ids. xAPI wants an IRL; `.invalid` is reserved never to
 * resolve (RFC 2606), which is honest for an offline app whose ids nobody should try to fetch.
 */
const HOME = 'https://rian.invalid';

export type EventExportRow = {
  id: string;
  profile_id: string;
  course_id: string;
  course_version: string;
  lesson_id: string | null;
  type: EventType;
  device_id: string;
  occurred_at: string;
  payload: string;
  name_th: string;
  name_en: string;
  agency: string;
};

const activity = (id: string, name: { th: string; en: string }, type: string) => ({
  objectType: 'Activity',
  id,
  definition: { name: { 'en-US': name.en, 'th-TH': name.th }, type },
});

/**
 * One event as an xAPI statement: the statement id is the event id, the actor the learner's account, the object the
 * course, lesson or quiz activity, with a result for submissions and completions.
 */
export function xapiStatement(e: EventExportRow, library: CourseLibrary): Record<string, unknown> {
  const pkg = library.courses.find((c) => c.manifest.id === e.course_id);
  const courseTitle = pkg?.manifest.title ?? { th: e.course_id, en: e.course_id };
  const courseIri = `${HOME}/courses/${encodeURIComponent(e.course_id)}`;
  const course = activity(courseIri, courseTitle, 'http://adlnet.gov/expapi/activities/course');
  const payload = JSON.parse(e.payload) as Record<string, unknown>;
  let verb = VERBS[e.type];
  let object = course;
  let result: Record<string, unknown> | undefined;
  if (e.lesson_id) {
    const lesson = pkg?.manifest.modules.flatMap((m) => m.lessons).find((l) => l.id === e.lesson_id);
    object = activity(
      `${courseIri}/lessons/${encodeURIComponent(e.lesson_id)}`,
      lesson?.title ?? { th: e.lesson_id, en: e.lesson_id },
      'http://adlnet.gov/expapi/activities/lesson',
    );
  }
  if (e.type.startsWith('quiz.') && typeof payload.quizId === 'string') {
    const quiz = pkg?.quizzes.get(payload.quizId);
    object = activity(
      `${courseIri}/quizzes/${encodeURIComponent(payload.quizId)}`,
      quiz?.title ?? { th: payload.quizId, en: payload.quizId },
      'http://adlnet.gov/expapi/activities/assessment',
    );
  }
  if (e.type === 'quiz.submitted') {
    const s = quizSubmittedPayload.parse(payload);
    verb = s.passed ? PASSED : FAILED;
    result = {
      score: { scaled: Math.min(1, s.percent / 100), raw: s.points, min: 0, max: s.maxPoints },
      success: s.passed,
      completion: true,
    };
  }
  if (e.type === 'lesson.completed' || e.type === 'course.completed') result = { completion: true };
  return {
    id: e.id,
    actor: { objectType: 'Agent', name: e.name_en, account: { homePage: HOME, name: e.profile_id } },
    verb: { id: verb.id, display: { 'en-US': verb.en, 'th-TH': verb.th } },
    object,
    ...(result ? { result } : {}),
    context: {
      platform: 'Rian',
      ...(object === course ? {} : { contextActivities: { parent: [course] } }),
      extensions: {
        [`${HOME}/extensions/device`]: e.device_id,
        [`${HOME}/extensions/course-version`]: e.course_version,
      },
    },
    timestamp: e.occurred_at,
    version: '1.0.3',
  };
}
