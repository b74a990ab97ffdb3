import { z } from 'zod';
import { bilingualSchema } from './bilingual.ts';
import { bundleProfileSchema } from './bundles/bundle-format.ts';
import { newProfileSchema } from './profile.ts';
import { progressEventSchema } from './progress.ts';

/**
 * Join codes avoid letters and digits that read alike on a projector (0/O, 1/I/L, 5/S, 2/Z, 8/B), so a room can
 * type what it sees. Six of 24 symbols: 191 million codes, against a guesser allowed a handful of tries a minute.
 */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY3467';
export const JOIN_CODE_LENGTH = 6;
export const joinCodeSchema = z
  .string()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`), 'joinCode'));

/** Headers of the classroom door: the join code before joining, the member token after. */
export const JOIN_CODE_HEADER = 'x-rian-join-code';
export const MEMBER_TOKEN_HEADER = 'x-rian-member';

/** Shown as "ABC-DEF": easier to read out and to type. */
export const formatJoinCode = (code: string) => `${code.slice(0, 3)}-${code.slice(3)}`;

/** The hub's address and code in one link: what the QR code holds and what a trainee may paste. */
export const joinLink = (origin: string, code: string) => `${origin}/#/join/${code}`;

/**
 * What a trainee typed or pasted to reach a hub: a join link, or an address (with or without `http://`) and a code.
 * Only plain http on an IP address or a local name: the hub is a laptop in the room, never a site on the internet.
 */
export function parseHubAddress(address: string): string | null {
  const trimmed = address.trim().replace(/\/+$/, '');
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(trimmed) ? trimmed : `http://${trimmed}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' || url.username || url.password) return null;
  return url.origin;
}

export function parseJoinLink(link: string): { origin: string; code: string } | null {
  const match = /^(.*?)\/?#\/join\/([^/?#]+)\/?$/.exec(link.trim());
  if (!match) return null;
  const origin = parseHubAddress(match[1]!);
  const code = joinCodeSchema.safeParse(decodeURIComponent(match[2]!));
  return origin && code.success ? { origin, code: code.data } : null;
}

export const MEMBER_STATUSES = ['roster', 'pending', 'admitted', 'declined'] as const;
export const memberStatusSchema = z.enum(MEMBER_STATUSES);
export type MemberStatus = z.infer<typeof memberStatusSchema>;

/** Who is joining: a Rian trainee sends their own profile; a browser trainee types their names (no PIN). */
export const hubJoinSchema = z.union([
  z.strictObject({ via: z.literal('rian'), profile: bundleProfileSchema, deviceName: z.string().max(100) }),
  z.strictObject({ via: z.literal('browser'), profile: newProfileSchema.omit({ pin: true }) }),
]);

const liveChoiceSchema = z.strictObject({ id: z.string(), text: bilingualSchema });

/**
 * A question put to the room, as trainees see it: choices but never the answer, until the trainer reveals it. Only
 * choice questions (single, multiple, true/false) collect answers; the others are answered aloud.
 */
export const liveQuestionSchema = z.strictObject({
  runId: z.string(),
  quizId: z.string(),
  stepKey: z.string(),
  number: z.number().int(),
  total: z.number().int(),
  prompt: bilingualSchema,
  scenario: bilingualSchema.nullable(),
  kind: z.enum(['single', 'multiple', 'aloud']),
  choices: z.array(liveChoiceSchema),
  isRevealed: z.boolean(),
  /** After the reveal: the right choices, the explanation and how the room answered. */
  correctIds: z.array(z.string()).nullable(),
  explanation: bilingualSchema.nullable(),
  tally: z.array(z.strictObject({ choiceId: z.string(), count: z.number().int() })).nullable(),
  answeredCount: z.number().int(),
});
export type LiveQuestion = z.infer<typeof liveQuestionSchema>;

/** A question as one trainee sees it: with their own answer. */
export const memberQuestionSchema = liveQuestionSchema.extend({ myAnswer: z.array(z.string()).nullable() });
export type MemberQuestion = z.infer<typeof memberQuestionSchema>;

export const hubSessionSchema = z.strictObject({
  sessionId: z.string(),
  courseId: z.string(),
  title: z.string(),
  courseTitle: bilingualSchema,
});
export type HubSession = z.infer<typeof hubSessionSchema>;

export const hubJoinedSchema = z.strictObject({
  memberId: z.string(),
  memberToken: z.string(),
  status: memberStatusSchema,
  profileId: z.string(),
  session: hubSessionSchema,
});
export type HubJoined = z.infer<typeof hubJoinedSchema>;

export const hubStateSchema = z.strictObject({
  status: memberStatusSchema,
  session: hubSessionSchema,
  question: memberQuestionSchema.nullable(),
});
export type HubState = z.infer<typeof hubStateSchema>;

/** A batch of a trainee's own events for the session's course, sent in log order. */
export const HUB_PUSH_MAX_EVENTS = 500;
export const hubPushSchema = z.strictObject({
  events: z.array(progressEventSchema).min(1).max(HUB_PUSH_MAX_EVENTS),
});
export const hubPushedSchema = z.strictObject({ accepted: z.number().int(), duplicates: z.number().int() });

export const hubAnswerSchema = z.strictObject({
  runId: z.string().min(1).max(100),
  choiceIds: z.array(z.string().min(1).max(100)).min(1).max(20),
});

/** The trainee's side: the classroom joined from this laptop, and whether everything has reached the hub. */
export const membershipSchema = z.strictObject({
  hubOrigin: z.string(),
  session: hubSessionSchema,
  status: memberStatusSchema,
  /** Whether the last try to reach the hub worked. */
  isOnline: z.boolean(),
  /** This profile's events for the course that the hub has not acknowledged yet. */
  pendingEvents: z.number().int(),
  lastSyncedAt: z.string().nullable(),
  question: memberQuestionSchema.nullable(),
});
export type Membership = z.infer<typeof membershipSchema>;

export const joinRequestSchema = z.union([
  z.strictObject({ link: z.string().min(1).max(300) }),
  z.strictObject({ address: z.string().min(1).max(200), code: z.string().min(1).max(20) }),
]);

/** The trainer's side. */
export const classroomDoorSchema = z.strictObject({
  port: z.number().int(),
  /** Every address of this laptop on the room's network, the likeliest first. */
  addresses: z.array(z.string()),
  code: z.string(),
  joinLink: z.string(),
  /** The join link as a QR code (SVG markup, made here from trusted data). */
  qrSvg: z.string(),
  openedAt: z.string(),
});
export type ClassroomDoor = z.infer<typeof classroomDoorSchema>;

export const liveMemberSchema = z.strictObject({
  memberId: z.string(),
  profileId: z.string(),
  nameTh: z.string(),
  nameEn: z.string(),
  agency: z.string(),
  via: z.enum(['rian', 'browser']),
  status: memberStatusSchema,
  deviceName: z.string().nullable(),
  joinedAt: z.string(),
  lastSeenAt: z.string().nullable(),
  isPresent: z.boolean(),
  lessonsDone: z.number().int(),
  lessonsTotal: z.number().int(),
  currentLesson: bilingualSchema.nullable(),
  lastActivityAt: z.string().nullable(),
  eventsReceived: z.number().int(),
  answer: z.strictObject({ choiceIds: z.array(z.string()), isCorrect: z.boolean().nullable() }).nullable(),
});
export type LiveMember = z.infer<typeof liveMemberSchema>;

export const liveClassroomSchema = z.strictObject({
  sessionId: z.string(),
  door: classroomDoorSchema.nullable(),
  members: z.array(liveMemberSchema),
  question: liveQuestionSchema.nullable(),
  /** Events received over the door since it opened, for the trainer's "live" sense of the room. */
  eventsReceived: z.number().int(),
  /** Quizzes with questions revealed in this classroom, whose tallies can go into the session's report. */
  revealed: z.array(z.strictObject({ quizId: z.string(), questions: z.number().int() })),
});
export type LiveClassroom = z.infer<typeof liveClassroomSchema>;

export const askSchema = z.strictObject({
  sessionId: z.string().min(1).max(100),
  quizId: z.string().min(1).max(100),
  stepKey: z.string().min(1).max(200),
});
