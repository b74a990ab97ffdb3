import type { Bilingual } from '../../shared/bilingual.ts';
import type { LiveQuestion } from '../../shared/live-classroom.ts';
import type { RoomStep } from '../../shared/room-steps.ts';

const TRUE_FALSE: LiveQuestion['choices'] = [
  { id: 'true', text: { th: 'ถูก', en: 'True' } },
  { id: 'false', text: { th: 'ผิด', en: 'False' } },
];

/** A question on the room's screens: what trainees may answer with, and (kept back until the reveal) what is right. */
export type LiveRun = {
  runId: string;
  quizId: string;
  step: RoomStep;
  number: number;
  total: number;
  isRevealed: boolean;
  /** memberId → the choices they picked; a later answer replaces an earlier one until the reveal. */
  answers: Map<string, string[]>;
};

type Shape = { kind: LiveQuestion['kind']; choices: LiveQuestion['choices']; correctIds: string[] };

/** Choice questions collect answers; matching, ordering and short text are answered aloud and ticked by the trainer. */
export function questionShape(step: RoomStep): Shape {
  const q = step.question;
  if (q.type === 'single') return { kind: 'single', choices: q.options, correctIds: [q.answer] };
  if (q.type === 'multiple') return { kind: 'multiple', choices: q.options, correctIds: [...q.answer] };
  if (q.type === 'trueFalse') return { kind: 'single', choices: TRUE_FALSE, correctIds: [String(q.answer)] };
  return { kind: 'aloud', choices: [], correctIds: [] };
}

export function isCorrectAnswer(step: RoomStep, choiceIds: readonly string[]): boolean | null {
  const { kind, correctIds } = questionShape(step);
  if (kind === 'aloud') return null;
  const picked = new Set(choiceIds);
  return picked.size === correctIds.length && correctIds.every((id) => picked.has(id));
}

/** Why an answer cannot be taken, or null when it can. */
export function answerProblem(run: LiveRun, choiceIds: readonly string[]): Bilingual | null {
  const { kind, choices } = questionShape(run.step);
  if (run.isRevealed) return { en: 'The answer has been revealed.', th: 'เฉลยคำตอบแล้ว' };
  if (kind === 'aloud') return { en: 'This question is answered aloud.', th: 'ข้อนี้ตอบด้วยวาจา' };
  if (choiceIds.some((id) => !choices.some((c) => c.id === id)) || new Set(choiceIds).size !== choiceIds.length) {
    return { en: 'That is not one of the choices.', th: 'ไม่ใช่ตัวเลือกของข้อนี้' };
  }
  if (kind === 'single' && choiceIds.length !== 1) return { en: 'Choose one answer.', th: 'กรุณาเลือกคำตอบเดียว' };
  return null;
}

/** The question as everyone sees it; the answer, explanation and tally only after the reveal. */
export function liveQuestionView(run: LiveRun): LiveQuestion {
  const { kind, choices, correctIds } = questionShape(run.step);
  const counts = new Map(choices.map((c) => [c.id, 0]));
  for (const picked of run.answers.values()) for (const id of picked) counts.set(id, (counts.get(id) ?? 0) + 1);
  return {
    runId: run.runId,
    quizId: run.quizId,
    stepKey: run.step.key,
    number: run.number,
    total: run.total,
    prompt: run.step.question.prompt,
    scenario: run.step.scenario,
    kind,
    choices,
    isRevealed: run.isRevealed,
    correctIds: run.isRevealed ? correctIds : null,
    explanation: run.isRevealed ? run.step.question.explanation : null,
    tally: run.isRevealed ? choices.map((c) => ({ choiceId: c.id, count: counts.get(c.id) ?? 0 })) : null,
    answeredCount: run.answers.size,
  };
}

/** The trainer sees the tally as answers come in, before revealing it to the room. */
export function trainerQuestionView(run: LiveRun): LiveQuestion {
  const view = liveQuestionView({ ...run, isRevealed: true });
  return { ...view, isRevealed: run.isRevealed };
}
