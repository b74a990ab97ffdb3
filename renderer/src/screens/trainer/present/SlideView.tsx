import { useRef } from 'react';
import type { Language } from '../../../../../electron/shared/bilingual.ts';
import type { PresentLesson } from '../../../../../electron/shared/present.ts';
import { Markdown } from '../../../components/Markdown.tsx';
import { catalogues, I18nProvider } from '../../../i18n/i18n.tsx';
import { Bi } from './Bi.tsx';
import { shownLanguages, type Languages } from './languages.ts';
import { useFitText } from './useFitText.ts';

export type SlideViewProps = {
  lesson: PresentLesson;
  /** 0 is the lesson's title slide; 1… are its content slides. */
  index: number;
  languages: Languages;
  /** A look ahead (the next slide on the presenter's screen): out of the tab order and the accessibility tree. */
  isPreview?: boolean;
};

/** Slides in a lesson's deck: its title slide, then one per content slide. */
export function deckLength(lesson: PresentLesson): number {
  return lesson.slides.length + 1;
}

/** One slide, sized to its box: the type scales with the box, and shrinks further if the content would overflow. */
export function SlideView({ lesson, index, languages, isPreview = false }: SlideViewProps) {
  const box = useRef<HTMLDivElement>(null);
  useFitText(box, `${lesson.courseId}/${lesson.lessonId}/${index}/${languages}`);
  const pair = index > 0 ? lesson.slides[index - 1] : undefined;
  return (
    <div className={`slide slide-${languages}`} inert={isPreview}>
      <div ref={box} className="slide-box">
        {pair ? (
          <div className="slide-columns">
            {shownLanguages(languages).map((language) => (
              <SlideSide key={language} language={language} lesson={lesson} slide={pair[language]} />
            ))}
          </div>
        ) : (
          <div className="slide-cover">
            <p className="slide-eyebrow">
              <Bi text={lesson.moduleTitle} languages={languages} />
            </p>
            <h2 className="slide-title">
              <Bi text={lesson.title} languages={languages} />
            </h2>
            <p className="slide-course">
              <Bi text={lesson.outline.title} languages={languages} />
            </p>
          </div>
        )}
      </div>
      {!isPreview && (
        <p className="slide-counter">
          {index + 1} / {deckLength(lesson)}
        </p>
      )}
    </div>
  );
}

type SlideSideProps = { language: Language; lesson: PresentLesson; slide: PresentLesson['slides'][number]['th'] };

/** One language's half of a slide; callout labels follow the slide's language, not the trainer's screen. */
function SlideSide({ language, lesson, slide }: SlideSideProps) {
  return (
    <section className="slide-side" lang={language}>
      {slide.heading && (
        <h2 className="slide-heading">
          {slide.heading}
          {slide.continued && <span className="slide-continued"> {catalogues[language].present.continued}</span>}
        </h2>
      )}
      <I18nProvider language={language}>
        <Markdown markdown={slide.markdown} assets={lesson.assets} />
      </I18nProvider>
    </section>
  );
}
