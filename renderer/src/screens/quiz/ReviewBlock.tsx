import type { Answer } from '../../../../electron/shared/assessment/answers.ts';
import type { PresentedSimpleQuestion, ReviewItem } from '../../../../electron/shared/assessment/attempt-view.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { answerText } from './answer-text.ts';

export type ReviewBlockProps = { question: PresentedSimpleQuestion; answer: Answer | undefined; review: ReviewItem };

/** After submission: how the answer scored, the correct answer and the explanation. */
export function ReviewBlock({ question, answer, review }: ReviewBlockProps) {
  const { t, pick } = useI18n();
  const level = review.credit >= 1 ? 'full' : review.credit > 0 ? 'partial' : 'none';
  const labels = t.quiz;
  return (
    <div className={`review ${{ full: 'tone-success', partial: 'tone-warning', none: 'tone-danger' }[level]}`}>
      <p className="review-verdict">{t.quiz.credit[level]}</p>
      <div className="review-grid">
        <div>
          <p className="review-label">{t.quiz.yourAnswer}</p>
          <ul>
            {answerText(question, answer, pick, labels).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
        <div>
          <p className="review-label">{review.accepted ? t.quiz.acceptedAnswers : t.quiz.correctAnswer}</p>
          <ul>
            {(review.accepted ?? answerText(question, review.correct, pick, labels)).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
        </div>
      </div>
      <p className="review-label">{t.quiz.explanation}</p>
      <p>{pick(review.explanation)}</p>
    </div>
  );
}
