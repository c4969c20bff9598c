import { useEffect, useRef, useState } from 'react';
import { answerQuiz, isEmptyQuiz, scoreQuiz } from '../lib/progress/quiz.ts';
import type { QuizAnswer } from '../schemas/progress.ts';
import { islandUi } from '../ui/islands/common.ts';
import { quizUi } from '../ui/islands/quiz.ts';
import { ownValue } from '../lib/own.ts';
import ConfirmAction from './ConfirmAction.tsx';
import StorageNotices from './StorageNotices.tsx';
import type { FicheLink } from './types.ts';
import { useStoredEntry } from './use-stored-entry.ts';
import { choiceKey } from '../lib/progress/prepaint.ts';
import './islands.css';

export interface QuizProps {
  quiz: {
    id: string;
    titre: string;
    affirmations: { id: string; texte: string; reponse: QuizAnswer; explication: string; fiche: string }[];
  };
  fiches: Record<string, FicheLink>;
}

const FIRST = ' first';
const label = (answer: QuizAnswer) => (answer === 'vrai' ? quizUi.quizTrue : quizUi.quizFalse);

/**
 * True or false, one affirmation at a time in any order: the answer is explained at once, with
 * the fiche to read, and the score comes when every affirmation has an answer.
 */
export default function Quiz({ quiz, fiches }: QuizProps) {
  const { id, affirmations } = quiz;
  // The buttons show once `ready`, in the render that first has the saved answers (use-stored-entry.ts).
  const { ready, entry, save, notices } = useStoredEntry('quiz', id, isEmptyQuiz);
  const answers = entry?.answers ?? {};
  const [announce, setAnnounce] = useState<string>();
  const [focus, setFocus] = useState<string>();
  const feedback = useRef<Record<string, HTMLDivElement | null>>({});
  const top = useRef<HTMLOListElement>(null);

  // After an answer, focus goes to its explanation (the buttons are gone); after a restart, to the first « Vrai ».
  useEffect(() => {
    if (!focus) return;
    if (focus === FIRST) top.current?.querySelector('button')?.focus();
    else feedback.current[focus]?.focus();
    setFocus(undefined);
  }, [focus]);

  const score = scoreQuiz(affirmations, answers);

  const answer = (affirmationId: string, given: QuizAnswer) => {
    if (!ready) return;
    const next = answerQuiz(answers, affirmationId, given);
    save({ answers: next });
    const after = scoreQuiz(affirmations, next);
    const right = affirmations.find((a) => a.id === affirmationId)!.reponse;
    setAnnounce(
      `${given === right ? quizUi.quizRight : quizUi.quizWrong(label(right))}${after.complete ? ` ${quizUi.quizScore(after.correct, after.total)}` : ''}`,
    );
    setFocus(affirmationId);
  };

  const restart = () => {
    save(undefined);
    setAnnounce(quizUi.quizRestarted);
    setFocus(FIRST);
  };

  return (
    <div className="quiz island" data-quiz={id} data-ready={ready ? 'true' : 'false'}>
      <p className="muted screen-only">{ready ? quizUi.quizHint : quizUi.quizPaperHint}</p>
      <p className="muted print-only">{quizUi.quizPrintHint}</p>
      <StorageNotices notices={notices} describe={() => islandUi.corruptWhat.quiz(quiz.titre)} messages={[announce]} />
      <ol className="quiz-items" ref={top}>
        {affirmations.map((affirmation) => {
          const given = ownValue(answers, affirmation.id);
          const fiche = fiches[affirmation.fiche];
          return (
            <li key={affirmation.id} className="quiz-item" id={`affirmation-${affirmation.id}`} data-answered={given ? 'true' : undefined}>
              <fieldset>
                <legend>{affirmation.texte}</legend>
                {/* Boxes to tick by hand: on screen until hydration, on paper always. */}
                <div className={ready ? 'answer-choices print-only' : 'answer-choices'}>
                  {(['vrai', 'faux'] as const).map((choice) => (
                    <span className="answer-choice" key={choice} data-choice={choiceKey(affirmation.id, choice)}>
                      <span className="answer-box" aria-hidden="true"></span>
                      <span>{label(choice)}</span>
                    </span>
                  ))}
                </div>
                {ready && !given && (
                  <div className="quiz-choices">
                    {(['vrai', 'faux'] as const).map((choice) => (
                      <button key={choice} type="button" className="button button--secondary" data-choice={choiceKey(affirmation.id, choice)} onClick={() => answer(affirmation.id, choice)}>
                        {label(choice)}
                      </button>
                    ))}
                  </div>
                )}
                {ready && given && (
                  <div
                    className="quiz-feedback"
                    data-correct={given === affirmation.reponse ? 'true' : 'false'}
                    tabIndex={-1}
                    ref={(element) => {
                      feedback.current[affirmation.id] = element;
                    }}
                  >
                    <p>
                      <strong>
                        <span aria-hidden="true">{given === affirmation.reponse ? '✓ ' : '✗ '}</span>
                        {quizUi.quizYourAnswer(label(given))}{' '}
                        {given === affirmation.reponse ? quizUi.quizRight : quizUi.quizWrong(label(affirmation.reponse))}
                      </strong>
                    </p>
                    <p>{affirmation.explication}</p>
                    {fiche && (
                      <p>
                        <a href={fiche.href}>{quizUi.quizReadFiche(fiche.numero, fiche.titre)}</a>
                      </p>
                    )}
                  </div>
                )}
              </fieldset>
            </li>
          );
        })}
      </ol>
      {ready && (
        <div className="quiz-summary">
          <p className="quiz-summary__score">
            <strong>{score.complete ? quizUi.quizScore(score.correct, score.total) : quizUi.quizProgress(score.answered, score.total)}</strong>
          </p>
          {score.answered > 0 && (
            <div className="island-actions">
              <ConfirmAction
                id={`recommencer-${id}`}
                label={quizUi.quizRestart}
                question={quizUi.quizRestartQuestion}
                confirmLabel={quizUi.quizRestartConfirm}
                onConfirm={restart}
              />
            </div>
          )}
        </div>
      )}
    </div>
  );
}
