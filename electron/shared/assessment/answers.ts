import { z } from 'zod';

const id = z.string().min(1).max(100);

/** What a learner submits for one question; the kind must match the question's type. */
export const answerSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('single'), optionId: id }),
  z.strictObject({ kind: z.literal('multiple'), optionIds: z.array(id).max(50) }),
  z.strictObject({ kind: z.literal('trueFalse'), value: z.boolean() }),
  /** left pair id → the pair id whose right-hand text the learner chose for it. */
  z.strictObject({ kind: z.literal('matching'), pairs: z.record(id, id) }),
  z.strictObject({ kind: z.literal('ordering'), itemIds: z.array(id).max(50) }),
  z.strictObject({ kind: z.literal('shortText'), text: z.string().max(500) }),
]);
export type Answer = z.infer<typeof answerSchema>;
