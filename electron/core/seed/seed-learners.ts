import type { ProgressEvent } from '../../shared/progress.ts';
import type { CoursePackage } from '../courses/read-package.ts';
import type { StoredProfile } from '../repositories/profile-repository.ts';
import { createCalendar, DAY, MINUTE } from './calendar.ts';
import { courseJourney, type LearnerTraits } from './course-journey.ts';
import { seedLearner } from './learners.ts';
import { createRandom, weightedPicker, type Random } from './random.ts';
import { seededUuidV4 } from './seed-ids.ts';

/** How many courses a learner takes: most one or two, a few keen ones most of the catalogue. */
const pickCourseCount = weightedPicker([
  [1, 34],
  [2, 30],
  [3, 19],
  [4, 10],
  [5, 5],
  [6, 2],
]);
/** Short and general courses draw more learners than long specialist ones; unknown courses weigh 1. */
const COURSE_POPULARITY: Record<string, number> = {
  'cyber-hygiene-essentials': 3,
  'digital-talent-foundations': 2.5,
  'ai-for-public-sector': 2,
  'big-data-for-government': 1.5,
  'ecommerce-online-export-sme': 1.2,
  'train-the-trainer-ecommerce': 0.6,
};
/** Laptops in training rooms and offices; learners mostly keep to one. */
const DEVICE_COUNT = 12;

export type SeededLearner = {
  profile: StoredProfile;
  /** In the order they happened. */
  events: ProgressEvent[];
  completions: { pkg: CoursePackage; completedAt: string }[];
};

function chooseCourses(courses: readonly CoursePackage[], random: Random): CoursePackage[] {
  const remaining = [...courses];
  const chosen: CoursePackage[] = [];
  for (let n = Math.min(pickCourseCount(random), courses.length); n > 0; n--) {
    const pick = weightedPicker(remaining.map((c) => [c, COURSE_POPULARITY[c.manifest.id] ?? 1] as const))(random);
    chosen.push(pick);
    remaining.splice(remaining.indexOf(pick), 1);
  }
  return chosen;
}

const byTime = (a: ProgressEvent, b: ProgressEvent) =>
  a.occurredAt < b.occurredAt ? -1 : a.occurredAt > b.occurredAt ? 1 : 0;

/**
 * The synthetic learners of one seed: learner `index` is always the same person doing the same things, whatever
 * the number of learners. Pure: nothing here touches the database.
 */
export function createLearnerGenerator(options: { seed: number; courses: readonly CoursePackage[]; untilMs: number }) {
  const { seed, courses, untilMs } = options;
  const calendar = createCalendar(untilMs);
  const deviceRandom = createRandom(seed, 0);
  const devices = Array.from({ length: DEVICE_COUNT }, () => seededUuidV4(deviceRandom));

  /** Each learner draws from a stream of its own, starting with the moment they joined. */
  function begin(index: number) {
    const random = createRandom(seed, index + 1);
    return { random, joinedMs: calendar.joinTime(random) };
  }

  return {
    /**
     * Every learner, one at a time, in the order they joined. Written in this order, profile ids (UUIDv7 of the
     * joining time) and every index that starts with the profile grow at their end instead of at random places.
     */
    *inJoinOrder(count: number): Generator<SeededLearner> {
      const joined = Array.from({ length: count }, (_, index) => begin(index).joinedMs);
      const order = Array.from({ length: count }, (_, index) => index).sort((a, b) => joined[a]! - joined[b]! || a - b);
      for (const index of order) yield this.learner(index);
    },

    learner(index: number): SeededLearner {
      const { random, joinedMs } = begin(index);
      const profile = seedLearner(random, index, Math.min(joinedMs - random.int(2, 30) * MINUTE, untilMs));
      const primary = random.pick(devices);
      const traits: LearnerTraits = {
        skill: random.around(0.78, 0.1, 0.35, 0.97),
        dropout: random.around(0.05, 0.03, 0.005, 0.2),
        devices: random.chance(0.2) ? [primary, random.pick(devices)] : [primary],
      };
      const events: ProgressEvent[] = [];
      const completions: SeededLearner['completions'] = [];
      let startMs = joinedMs;
      for (const pkg of chooseCourses(courses, random)) {
        const journey = courseJourney(pkg, { profileId: profile.id, traits, startMs, untilMs, calendar, random });
        events.push(...journey.events);
        if (journey.completedAt) completions.push({ pkg, completedAt: journey.completedAt });
        // The next course starts alongside this one or weeks later.
        startMs = calendar.sessionAfter(startMs + random.int(0, 90) * DAY, 0, random);
      }
      return { profile, events: events.sort(byTime), completions };
    },
  };
}
