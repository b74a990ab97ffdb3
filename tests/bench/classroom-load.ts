/**
 * The live classroom's load generator: a room of trainees' browsers against the hub's door on loopback. classroom.ts
 * runs it as a process of its own, so its timers and JSON never share an event loop with the hub or the trainer's
 * page it measures. The plan comes as one JSON argument; the result leaves as one JSON line on stdout.
 */
import { performance } from 'node:perf_hooks';
import { v7 as uuidv7 } from 'uuid';
import { JOIN_CODE_HEADER, MEMBER_TOKEN_HEADER } from '../../electron/shared/live-classroom.ts';
import { largest, percentile } from './stats.ts';

export type Trainee = { nameTh: string; nameEn: string; agency: string; position: string };

export type LoadPlan = {
  origin: string;
  code: string;
  seconds: number;
  courseId: string;
  courseVersion: string;
  lessonIds: string[];
  trainees: Trainee[];
};

type Latencies = { count: number; failed: number; p50: number; p99: number; max: number; firstError: string | null };

export type LoadResult = {
  /** Events sent (one a push), and how many of them the hub acknowledged as new. */
  sent: number;
  accepted: number;
  duplicates: number;
  /** Accepted events per second over the whole run, and over its slowest 10 s. */
  meanPerSecond: number;
  worstWindowPerSecond: number;
  push: Latencies;
  state: Latencies;
  /** How late the generator's own timers fired: large values mean the figures measure the generator, not the hub. */
  maxTimerLateMs: number;
};

/** The load, an event a second from each trainee, on top of the 2 s poll of a guest's page (GuestApp). */
const PUSH_EVERY_MS = 1_000;
const STATE_EVERY_MS = 2_000;
/** Longer than any sane answer, short enough that a stuck hub ends the run instead of hanging it. */
const REQUEST_TIMEOUT_MS = 10_000;
const WINDOW_MS = 10_000;

type Member = { memberToken: string; profileId: string; status: string };
type Sample = { ms: number; error: string | null };

async function call<T>(origin: string, channel: string, body: unknown, headers: Record<string, string>): Promise<T> {
  const response = await fetch(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const answer = (await response.json()) as { ok: true; data: T } | { ok: false; error: { code: string } };
  if (!answer.ok) throw new Error(`${channel}: HTTP ${response.status} ${answer.error.code}`);
  return answer.data;
}

/** Everyone joins at once, as a room does when the code goes up; each must land on their roster entry. */
async function joinAll(plan: LoadPlan): Promise<Member[]> {
  const members = await Promise.all(
    plan.trainees.map((profile) =>
      call<Member>(plan.origin, 'hub.join', { via: 'browser', profile }, { [JOIN_CODE_HEADER]: plan.code }),
    ),
  );
  const strays = members.filter((m) => m.status !== 'roster').length;
  if (strays > 0) throw new Error(`${strays} trainee(s) joined as walk-ins instead of binding to the roster`);
  return members;
}

/**
 * Fires `action` every `periodMs` from `firstAt` until `until`, without waiting for the previous one: an open loop,
 * so a slow hub meets the same arrival rate instead of a politely slowed one, and its slowness shows as latency.
 */
function every(periodMs: number, firstAt: number, until: number, action: () => Promise<void>, late: number[]) {
  const fire = (tick: number) => {
    const due = firstAt + tick * periodMs;
    if (due >= until) return;
    setTimeout(
      () => {
        late.push(performance.now() - due);
        void action();
        fire(tick + 1);
      },
      Math.max(0, due - performance.now()),
    );
  };
  fire(0);
}

/** Runs one request, recording how long it took to succeed or to fail (a timeout counts at its full length). */
function timed(samples: Sample[], pending: Set<Promise<void>>, request: () => Promise<void>): Promise<void> {
  const start = performance.now();
  const running: Promise<void> = request()
    .then(
      () => void samples.push({ ms: performance.now() - start, error: null }),
      (error: unknown) => void samples.push({ ms: performance.now() - start, error: String(error) }),
    )
    .finally(() => pending.delete(running));
  pending.add(running);
  return running;
}

function summary(samples: Sample[]): Latencies {
  const ms = samples.map((s) => s.ms);
  const failed = samples.filter((s) => s.error !== null);
  return {
    count: samples.length,
    failed: failed.length,
    p50: percentile(ms, 50),
    p99: percentile(ms, 99),
    max: largest(ms),
    firstError: failed[0]?.error ?? null,
  };
}

/** Accepted events per second in the slowest full window, by when the hub answered. */
function worstWindow(answered: { at: number; accepted: number }[], seconds: number): number {
  const windows = Math.max(1, Math.floor((seconds * 1000) / WINDOW_MS));
  const span = Math.min(WINDOW_MS, seconds * 1000);
  const counts = Array.from({ length: windows }, () => 0);
  for (const a of answered) {
    const w = Math.floor(a.at / span);
    if (w < windows) counts[w]! += a.accepted;
  }
  return Math.min(...counts) / (span / 1000);
}

async function run(plan: LoadPlan): Promise<LoadResult> {
  const members = await joinAll(plan);
  const pushes: Sample[] = [];
  const states: Sample[] = [];
  const answered: { at: number; accepted: number }[] = [];
  const pending = new Set<Promise<void>>();
  const late: number[] = [];
  const t0 = performance.now() + 100;
  const until = t0 + plan.seconds * 1000;
  let duplicates = 0;
  members.forEach((member, i) => {
    const auth = { [MEMBER_TOKEN_HEADER]: member.memberToken };
    // Spread over the first second, as real trainees never act in step.
    const offset = (i * PUSH_EVERY_MS) / members.length;
    let lesson = 0;
    const push = () =>
      timed(pushes, pending, async () => {
        const event = {
          id: uuidv7(),
          profileId: member.profileId,
          courseId: plan.courseId,
          courseVersion: plan.courseVersion,
          lessonId: plan.lessonIds[lesson++ % plan.lessonIds.length]!,
          type: 'lesson.opened',
          deviceId: `bench-browser-${i}`,
          occurredAt: new Date().toISOString(),
          payload: {},
        };
        const result = await call<{ accepted: number; duplicates: number }>(
          plan.origin,
          'hub.push',
          { events: [event] },
          auth,
        );
        answered.push({ at: performance.now() - t0, accepted: result.accepted });
        duplicates += result.duplicates;
      });
    const poll = () => timed(states, pending, () => call(plan.origin, 'hub.state', {}, auth).then(() => {}));
    every(PUSH_EVERY_MS, t0 + offset, until, push, late);
    every(STATE_EVERY_MS, t0 + offset + PUSH_EVERY_MS / 2, until, poll, late);
  });
  // A moment past the end, so the last ticks (due just before it) have fired and are among the pending.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, until - performance.now()) + 50));
  // Every request has its own timeout, so this wait is bounded too.
  while (pending.size > 0) await Promise.allSettled([...pending]);
  const accepted = answered.reduce((n, a) => n + a.accepted, 0);
  return {
    sent: pushes.length,
    accepted,
    duplicates,
    meanPerSecond: accepted / ((performance.now() - t0) / 1000),
    worstWindowPerSecond: worstWindow(answered, plan.seconds),
    push: summary(pushes),
    state: summary(states),
    maxTimerLateMs: largest(late),
  };
}

// Ends with the bench that started it: its end of the stdin pipe closes when it exits, however it exits.
process.stdin
  .once('end', () => process.exit(2))
  .resume()
  .unref();
const plan = JSON.parse(process.argv[2] ?? '') as LoadPlan;
process.stdout.write(`${JSON.stringify(await run(plan))}\n`);
