import { quizAnsweredPayload, quizStartedPayload, quizSubmittedPayload } from '../../shared/assessment/quiz-events.ts';
import {
  BUNDLE_FORMAT,
  BUNDLE_LIMITS,
  BUNDLE_VERSION,
  bundleSchema,
  publicKeySchema,
  signatureSchema,
  type Bundle,
} from '../../shared/bundles/bundle-format.ts';
import { rejection, type Rejection } from '../../shared/bundles/bundle-rejections.ts';
import type { EventType } from '../../shared/progress.ts';
import { decodeCode } from '../certificates/signing.ts';
import { formatPath } from '../courses/package-problems.ts';
import { decodeBundleFile } from './bundle-codec.ts';
import { bundleSignatureValid } from './bundle-signature.ts';

export type ReadBundle = { ok: true; bundle: Bundle } | { ok: false; reason: Rejection };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The rollups parse quiz payloads as they fold them; checked here, a bad one rejects the bundle, not the merge. */
const QUIZ_PAYLOADS: Partial<Record<EventType, { safeParse(v: unknown): { success: boolean } }>> = {
  'quiz.started': quizStartedPayload,
  'quiz.answered': quizAnsweredPayload,
  'quiz.submitted': quizSubmittedPayload,
};

/**
 * Reads and checks a bundle file, in the order that gives the most useful reason: is it a file at all, is it ours,
 * which version, is it signed by the key it names and unchanged since, does it hold what the format promises, and
 * does it hang together. Writes nothing.
 */
export function readBundle(bytes: Uint8Array): ReadBundle {
  const decoded = decodeBundleFile(bytes);
  if (!decoded.ok) return decoded;
  const raw = decoded.value;
  if (!isRecord(raw) || raw.format !== BUNDLE_FORMAT) return { ok: false, reason: rejection('foreign') };
  if (typeof raw.version === 'number' && raw.version > BUNDLE_VERSION) {
    return { ok: false, reason: rejection('newerVersion') };
  }
  const device = isRecord(raw.device) ? raw.device : {};
  const publicKey = publicKeySchema.safeParse(device.publicKey);
  const signature = signatureSchema.safeParse(raw.signature);
  if (!publicKey.success || !signature.success) {
    return { ok: false, reason: rejection('malformed', publicKey.success ? 'signature' : 'device.publicKey') };
  }
  if (!bundleSignatureValid(raw, publicKey.data, signature.data)) return { ok: false, reason: rejection('tampered') };
  const payload = isRecord(raw.payload) ? raw.payload : {};
  if (Array.isArray(payload.events) && payload.events.length > BUNDLE_LIMITS.events) {
    return { ok: false, reason: rejection('tooManyEvents') };
  }
  const parsed = bundleSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, reason: rejection('malformed', `${formatPath(issue.path)}: ${issue.message}`) };
  }
  const problem = inconsistency(parsed.data);
  return problem ? { ok: false, reason: rejection('malformed', problem) } : { ok: true, bundle: parsed.data };
}

/** What the schema alone cannot say: every row belongs to a learner the bundle names, every code is genuine. */
function inconsistency(bundle: Bundle): string | null {
  const { profiles, events, certificates } = bundle.payload;
  const profileIds = new Set(profiles.map((p) => p.id));
  if (profileIds.size !== profiles.length) return 'a learner appears twice';
  for (const [i, e] of events.entries()) {
    if (!profileIds.has(e.profileId)) return `payload.events[${i}] belongs to no learner in the bundle`;
    if (QUIZ_PAYLOADS[e.type]?.safeParse(e.payload).success === false) return `payload.events[${i}].payload`;
  }
  for (const [i, c] of certificates.entries()) {
    if (!profileIds.has(c.profileId)) return `payload.certificates[${i}] belongs to no learner in the bundle`;
    const code = decodeCode(c.code);
    const matches =
      code.ok &&
      code.signatureValid &&
      code.payload.id === c.id &&
      code.payload.courseId === c.courseId &&
      code.payload.courseVersion === c.courseVersion &&
      code.payload.kind === c.kind;
    if (!matches) return `payload.certificates[${i}].code is not a genuine certificate for this row`;
  }
  if (bundle.kind === 'session') {
    const rostered = new Set<string>();
    for (const [i, r] of bundle.payload.roster.entries()) {
      if (!profileIds.has(r.profileId) || rostered.has(r.profileId)) return `payload.roster[${i}]`;
      rostered.add(r.profileId);
    }
    for (const [i, a] of bundle.payload.attendance.entries()) {
      if (!rostered.has(a.profileId)) return `payload.attendance[${i}] is for someone not on the roster`;
    }
  }
  return null;
}
