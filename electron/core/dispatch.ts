import type { z } from 'zod';
import { CLASSROOM_DOOR_CHANNELS, type Role } from '../shared/contract.ts';
import { AppError } from '../shared/errors.ts';
import type { Result } from '../shared/result.ts';
import { formatPath } from './courses/package-problems.ts';
import { useRole, type Session } from './session.ts';

type Spec = { input: z.ZodType; output: z.ZodType; role: Role };
export type HandlerContext = { session: Session };
export type HandlersFor<S extends Record<string, Spec>> = {
  [C in keyof S]: (
    input: z.output<S[C]['input']>,
    ctx: HandlerContext,
  ) => z.input<S[C]['output']> | Promise<z.input<S[C]['output']>>;
};
export type Dispatch = (channel: string, input: unknown, session: Session) => Promise<Result<unknown>>;
export type Logger = { error(message: string, error: unknown): void };

/** An unlocked admin may also do what a trainer does; a trainer never what an admin does. */
function hasRole(role: 'trainer' | 'admin', session: Session, now: number): boolean {
  return useRole(session, role, now) || (role === 'trainer' && useRole(session, 'admin', now));
}

const classroomOnly = () =>
  new AppError('FORBIDDEN', 'This is not available through a classroom connection.', 'คำสั่งนี้ใช้ผ่านการเชื่อมต่อห้องเรียนไม่ได้');

/**
 * A classroom door's caller reaches only that door's channels, and only its session's course; the door's own
 * channels answer nobody else.
 */
function checkClassroomScope(channel: string, role: Role, session: Session): void {
  if (session.classroom) {
    if (!(CLASSROOM_DOOR_CHANNELS as ReadonlySet<string>).has(channel)) throw classroomOnly();
    if (role === 'member' && !session.classroom.memberId) {
      throw new AppError('FORBIDDEN', 'Join the classroom first.', 'กรุณาเข้าร่วมห้องเรียนก่อน');
    }
  } else if (role === 'classroom' || role === 'member') {
    throw new AppError('FORBIDDEN', 'This is answered only by a classroom hub.', 'คำสั่งนี้ใช้ได้เฉพาะกับเครื่องศูนย์กลางห้องเรียน');
  }
}

function checkClassroomCourse(input: unknown, session: Session): void {
  const courseId = (input as { courseId?: unknown }).courseId;
  if (session.classroom && typeof courseId === 'string' && courseId !== session.classroom.courseId) {
    throw new AppError('FORBIDDEN', "Only this classroom's course is open here.", 'ที่นี่เปิดให้เรียนเฉพาะหลักสูตรของห้องเรียนนี้');
  }
}

function checkRole(role: Role, session: Session, now: number): void {
  if (role === 'public' || role === 'classroom' || role === 'member') return;
  if (!session.profileId && role === 'learner') {
    throw new AppError('NOT_SIGNED_IN', 'Choose your profile first.', 'กรุณาเลือกโปรไฟล์ของท่านก่อน');
  }
  if ((role === 'trainer' || role === 'admin') && !hasRole(role, session, now)) {
    throw new AppError(
      'FORBIDDEN',
      `This needs the ${role} role, unlocked with its passphrase.`,
      role === 'admin' ? 'ต้องปลดล็อกสิทธิ์ผู้ดูแลระบบด้วยรหัสผ่านก่อน' : 'ต้องปลดล็อกสิทธิ์วิทยากรด้วยรหัสผ่านก่อน',
    );
  }
}

function invalidInput(error: z.ZodError): AppError {
  const fields = [...new Set(error.issues.map((i) => formatPath(i.path) || '(input)'))];
  const detail = error.issues.map((i) => `${formatPath(i.path) || 'input'}: ${i.message}`).join('; ');
  return new AppError('INVALID_INPUT', `Invalid input — ${detail}`, `ข้อมูลไม่ถูกต้อง: ${fields.join(', ')}`, fields);
}

/**
 * The one entry point both doors (IPC and HTTP) call: rejects unknown channels, checks the caller's role, parses
 * the input with the channel's schema, runs the handler, checks its output, and wraps everything in a Result.
 */
export function createDispatch<S extends Record<string, Spec>>(
  spec: S,
  handlers: HandlersFor<S>,
  log: Logger,
  /** The clock role expiry is judged by: the backend's own, so a test's fixed clock holds here too. */
  now: () => number = Date.now,
): Dispatch {
  return async (channel, rawInput, session) => {
    try {
      if (!Object.hasOwn(spec, channel)) {
        throw new AppError('UNKNOWN_CHANNEL', `Unknown channel "${channel}".`, `ไม่รู้จักคำสั่ง "${channel}"`);
      }
      const { role, input, output } = spec[channel]!;
      checkClassroomScope(channel, role, session);
      checkRole(role, session, now());
      const parsed = input.safeParse(rawInput);
      if (!parsed.success) throw invalidInput(parsed.error);
      checkClassroomCourse(parsed.data, session);
      const handler = handlers[channel as keyof S] as (input: unknown, ctx: HandlerContext) => unknown;
      const data = await handler(parsed.data, { session });
      const checked = output.safeParse(data);
      if (!checked.success) throw new Error(`Handler for ${channel} broke its contract: ${checked.error.message}`);
      return { ok: true, data: checked.data };
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: error.toShape() };
      log.error(`Unexpected failure in ${channel}`, error);
      return {
        ok: false,
        error: {
          code: 'INTERNAL',
          message: 'Something went wrong inside Rian. Your saved work is safe; please try again.',
          messageTh: 'เกิดข้อผิดพลาดภายในโปรแกรม ข้อมูลที่บันทึกไว้แล้วยังอยู่ครบ กรุณาลองอีกครั้ง',
        },
      };
    }
  };
}
