import { useEffect, useRef, useState } from 'react';
import { bandFor, recommendFiches, scoreAssessment, type Answers } from '../lib/progress/assessment.ts';
import { decodeAnswers, encodeAnswers } from '../lib/progress/share-hash.ts';
import { STORED_ANSWERS, type StoredAnswer } from '../schemas/progress.ts';
import { islandUi } from '../ui/islands/common.ts';
import { answerLabels, assessmentUi } from '../ui/islands/assessment.ts';
import { ownValue } from '../lib/own.ts';
import ConfirmAction from './ConfirmAction.tsx';
import RecommendedFiche from './RecommendedFiche.tsx';
import ScoreBar from './ScoreBar.tsx';
import StorageNotices from './StorageNotices.tsx';
import type { SelfAssessmentProp, FicheLink } from './types.ts';
import { useProgressStore } from './use-progress-store.ts';
import { choiceKey } from '../lib/progress/prepaint.ts';
import './islands.css';

export interface SelfAssessmentProps {
  assessment: SelfAssessmentProp;
  fiches: Record<string, FicheLink>;
  /** Fiche ids in the kit's reading order, to rank fiches with the same weight. */
  ficheOrder: string[];
  diagnosticHref: string;
  suiviHref: string;
}

type Shared = { answers: Answers; ignored: number };
type Focus = 'result' | 'missing' | undefined;

function sameAnswers(a: Answers, b: Answers): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === ownValue(b, key));
}

/** Removes shared answers from the address, and nothing else (an anchor such as #question-x stays). */
function clearHash() {
  if (decodeAnswers(location.hash, []).status !== 'absent') history.replaceState(history.state, '', location.pathname + location.search);
}

/**
 * A self-assessment, all questions on one page (each a fieldset whose legend is the question),
 * answered in any order and saved as the reader goes. The result, once every question has an
 * answer, gives the level, what it means and the fiches to read, and puts the answers in the
 * URL's fragment so that the page can be shared as it is.
 */
export default function SelfAssessment({ assessment, fiches, ficheOrder, diagnosticHref, suiviHref }: SelfAssessmentProps) {
  const { id, questions, bands } = assessment;
  const { store, notices } = useProgressStore();
  const [answers, setAnswers] = useState<Answers>({});
  // The radios show in the render that first has the saved answers: one chosen earlier would save over them.
  const [read, setRead] = useState(false);
  const [shared, setShared] = useState<Shared>();
  const [linkProblem, setLinkProblem] = useState<string>();
  const [resultShown, setResultShown] = useState(false);
  const [missing, setMissing] = useState<string[]>();
  const [announce, setAnnounce] = useState<string>();
  const [focus, setFocus] = useState<Focus>();
  const [shareUrl, setShareUrl] = useState('');
  const [copyMessage, setCopyMessage] = useState<string>();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const missingBox = useRef<HTMLDivElement>(null);

  // Opening: own answers from storage, then a shared result if the fragment carries one.
  useEffect(() => {
    if (!store) return;
    const readLink = () => {
      const own = store.get('autoevaluation', id)?.answers ?? {};
      setAnswers(own);
      setRead(true);
      const decoded = decodeAnswers(location.hash, questions);
      setLinkProblem(decoded.status === 'malformed' ? assessmentUi.sharedBroken : decoded.status === 'newer' ? assessmentUi.sharedNewer : undefined);
      if (decoded.status === 'ok' && !sameAnswers(decoded.answers, own)) {
        setShared({ answers: decoded.answers, ignored: decoded.ignored });
        setResultShown(false);
      } else {
        setShared(undefined);
        setResultShown(scoreAssessment(questions, own).complete);
      }
    };
    readLink();
    window.addEventListener('hashchange', readLink);
    return () => window.removeEventListener('hashchange', readLink);
  }, [store, id, questions]);

  const ready = Boolean(store) && read;
  const own = scoreAssessment(questions, answers);
  const ownResult = !shared && resultShown && own.complete;

  // The address shows the reader's own result, so that copying it from the address bar works too.
  useEffect(() => {
    // Not before the saved and shared answers are read: the first pass would take a shared link out of the address.
    if (!ready || shared) return;
    if (ownResult) {
      const fragment = encodeAnswers(questions, answers);
      history.replaceState(history.state, '', `#${fragment}`);
      setShareUrl(`${location.origin}${location.pathname}${location.search}#${fragment}`);
    } else clearHash();
  }, [ready, shared, ownResult, answers, questions]);

  useEffect(() => {
    if (focus === 'result') resultHeading.current?.focus();
    if (focus === 'missing') missingBox.current?.focus();
    if (focus) setFocus(undefined);
  }, [focus]);

  const choose = (questionId: string, answer: StoredAnswer) => {
    if (!store || !ready) return;
    const next = { ...answers, [questionId]: answer };
    store.set('autoevaluation', id, { answers: next });
    setAnswers(next);
    setAnnounce(undefined);
    if (missing) setMissing(missing.filter((m) => m !== questionId));
  };

  const showResult = () => {
    if (!own.complete) {
      setMissing(own.missing);
      setResultShown(false);
      setFocus('missing');
      return;
    }
    const band = bandFor(bands, own.percent);
    setMissing(undefined);
    setResultShown(true);
    setAnnounce(assessmentUi.resultAnnounce(own.percent, band.titre));
    setFocus('result');
  };

  const reset = () => {
    store?.remove('autoevaluation', id);
    setAnswers({});
    setResultShown(false);
    setMissing(undefined);
    setAnnounce(assessmentUi.answersReset);
  };

  const adoptShared = () => {
    if (!store || !shared) return;
    store.set('autoevaluation', id, { answers: shared.answers });
    setAnswers(shared.answers);
    setShared(undefined);
    setResultShown(scoreAssessment(questions, shared.answers).complete);
    clearHash();
  };

  const leaveShared = () => {
    setShared(undefined);
    setResultShown(own.complete);
    clearHash();
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(shareUrl);
      setCopyMessage(assessmentUi.copied);
    } catch {
      setCopyMessage(assessmentUi.copyFailed);
    }
  };

  const numberOf = (questionId: string) => questions.findIndex((q) => q.id === questionId) + 1;

  const result = (shown: Answers, isShared: boolean) => {
    const score = scoreAssessment(questions, shown);
    const band = bandFor(bands, score.percent);
    const recommendations = recommendFiches(questions, shown, band, ficheOrder);
    return (
      <section className="assessment-result" aria-labelledby={`resultat-${id}`} data-level={band.id} data-percent={score.percent}>
        <h2 id={`resultat-${id}`} tabIndex={-1} ref={resultHeading}>
          {assessmentUi.resultTitle}
        </h2>
        <p className="assessment-result__level">
          <strong>{assessmentUi.resultLevel(band.titre, band.min, band.max)}</strong>
        </p>
        <p>{assessmentUi.resultScore(score.points, score.maxPoints, score.percent)}</p>
        <ScoreBar percent={score.percent} thresholds={bands.map((b) => b.min)} />
        <p>{band.description}</p>
        {score.counts['ne-sait-pas'] > 0 && <p>{assessmentUi.dontKnowNote(score.counts['ne-sait-pas'])}</p>}
        <h3>{assessmentUi.fichesToRead}</h3>
        <ol className="recommended-fiches">
          {recommendations.map((r) => {
            const fiche = fiches[r.fiche];
            if (!fiche) return null;
            return (
              <RecommendedFiche
                key={r.fiche}
                id={r.fiche}
                fiche={fiche}
                reason={r.questions.length > 0 ? assessmentUi.reasonQuestions(r.questions.map(numberOf)) : assessmentUi.reasonBand}
              />
            );
          })}
        </ol>
        <h3>{assessmentUi.answersDetail}</h3>
        <ol className="answers-detail">
          {questions.map((q) => {
            const answer = ownValue(shown, q.id);
            return (
              <li key={q.id}>
                {q.texte} <strong>{answer ? answerLabels[answer] : assessmentUi.noAnswer}</strong>
              </li>
            );
          })}
        </ol>
        {!isShared && (
          <div className="share">
            <h3>{assessmentUi.shareTitle}</h3>
            <p>{assessmentUi.shareHint}</p>
            <label htmlFor={`lien-${id}`}>{assessmentUi.shareLabel}</label>
            <div className="share__row">
              <input id={`lien-${id}`} type="text" readOnly value={shareUrl} onFocus={(e) => e.currentTarget.select()} />
              <button type="button" className="button button--secondary" onClick={copy}>
                {assessmentUi.copyLink}
              </button>
            </div>
            <p className="island-status" role="status">
              {copyMessage}
            </p>
          </div>
        )}
        <p className="island-links">
          <a href={diagnosticHref}>{assessmentUi.toDiagnostic}</a>
          <a href={suiviHref}>{islandUi.seeMySuivi}</a>
        </p>
      </section>
    );
  };

  return (
    <div className="assessment island" data-assessment={id} data-ready={ready ? 'true' : 'false'}>
      <p className="muted screen-only">{ready ? assessmentUi.assessmentHint : assessmentUi.assessmentPaperHint}</p>
      <p className="muted print-only">{assessmentUi.assessmentPrintHint}</p>
      <StorageNotices notices={notices} describe={() => islandUi.corruptWhat.autoevaluation(assessment.titre)} messages={[linkProblem, announce]} />
      {shared ? (
        <div className="shared-result">
          <p className="shared-result__banner">
            <strong>{assessmentUi.sharedBanner}</strong>
          </p>
          {shared.ignored > 0 && <p>{assessmentUi.sharedIgnored(shared.ignored)}</p>}
          {scoreAssessment(questions, shared.answers).complete
            ? result(shared.answers, true)
            : <p>{assessmentUi.sharedIncomplete(scoreAssessment(questions, shared.answers).missing.length)}</p>}
          <div className="island-actions">
            <ConfirmAction
              id={`reprendre-${id}`}
              label={assessmentUi.adoptShared}
              question={assessmentUi.adoptSharedQuestion}
              confirmLabel={assessmentUi.adoptSharedConfirm}
              skipConfirm={own.answered === 0}
              onConfirm={adoptShared}
            />
            <button type="button" className="button button--secondary" onClick={leaveShared}>
              {assessmentUi.leaveShared}
            </button>
          </div>
        </div>
      ) : (
        <form
          className="assessment-form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            showResult();
          }}
        >
          {questions.map((question, index) => {
            const aideId = `aide-${id}-${question.id}`;
            return (
              <fieldset className="question" id={`question-${question.id}`} key={question.id} aria-describedby={question.aide ? aideId : undefined}>
                <legend>
                  <span className="question__number">{assessmentUi.questionNumber(index + 1, questions.length)}</span> {question.texte}
                </legend>
                {question.aide && (
                  <p className="question__aide" id={aideId}>
                    {question.aide}
                  </p>
                )}
                <div className="answer-choices">
                  {STORED_ANSWERS.map((answer) => {
                    const inputId = `${id}-${question.id}-${answer}`;
                    return (
                      <span className="answer-choice" key={answer} data-choice={choiceKey(question.id, answer)}>
                        {ready ? (
                          <input
                            type="radio"
                            id={inputId}
                            name={`${id}-${question.id}`}
                            value={answer}
                            checked={ownValue(answers, question.id) === answer}
                            onChange={() => choose(question.id, answer)}
                          />
                        ) : (
                          <span className="answer-box" aria-hidden="true"></span>
                        )}
                        {ready ? <label htmlFor={inputId}>{answerLabels[answer]}</label> : <span>{answerLabels[answer]}</span>}
                      </span>
                    );
                  })}
                </div>
              </fieldset>
            );
          })}
          {ready && (
            <>
              <p className="assessment-progress">{assessmentUi.answeredCount(own.answered, own.total)}</p>
              {missing && missing.length > 0 && (
                <div className="assessment-missing" tabIndex={-1} ref={missingBox}>
                  <p>
                    <strong>{assessmentUi.missingAnswers(missing.length)}</strong>
                  </p>
                  <ul>
                    {missing.map((questionId) => (
                      <li key={questionId}>
                        <a href={`#question-${questionId}`}>{assessmentUi.questionLink(numberOf(questionId))}</a>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <div className="island-actions">
                <button type="submit" className="button">
                  {assessmentUi.showResult}
                </button>
                <ConfirmAction
                  id={`effacer-${id}`}
                  label={assessmentUi.resetAnswers}
                  question={assessmentUi.resetAnswersQuestion}
                  confirmLabel={assessmentUi.resetAnswersConfirm}
                  skipConfirm={own.answered === 0}
                  onConfirm={reset}
                />
              </div>
            </>
          )}
        </form>
      )}
      {ownResult && result(answers, false)}
    </div>
  );
}
