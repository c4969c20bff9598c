import { useEffect, useState } from 'react';
import type { Answers } from '../lib/progress/assessment.ts';
import { diagnose } from '../lib/progress/diagnostic.ts';
import { DIAGNOSTIC_ENTRY_ATTRIBUTE } from '../lib/progress/prepaint.ts';
import { islandUi } from '../ui/islands/common.ts';
import { diagnosticUi } from '../ui/islands/diagnostic.ts';
import RecommendedFiche from './RecommendedFiche.tsx';
import ScoreBar from './ScoreBar.tsx';
import StorageNotices from './StorageNotices.tsx';
import type { SelfAssessmentProp, FicheLink } from './types.ts';
import { useProgressStore } from './use-progress-store.ts';
import './islands.css';

export interface DiagnosticProps {
  assessments: SelfAssessmentProp[];
  fiches: Record<string, FicheLink>;
  ficheOrder: string[];
}

/**
 * The three phases side by side from the answers saved in this browser: a bar per phase with its
 * percentage and level written out, and the three fiches to start with.
 *
 * Until the store is open (the server's HTML, the first render) it draws what it shows when
 * nothing is saved, marked `data-pending`: the place is held from the first paint, and nothing
 * moves when React comes. The words show once they are known to be true: at once when the
 * directive finds nothing saved (`client:interaction="diagnostic"`), or when React has read the store.
 */
export default function Diagnostic({ assessments, fiches, ficheOrder }: DiagnosticProps) {
  const { store, notices } = useProgressStore();
  const [answers, setAnswers] = useState<Record<string, Answers>>({});

  useEffect(() => {
    if (!store) return;
    setAnswers(Object.fromEntries(assessments.map((a) => [a.id, store.get('autoevaluation', a.id)?.answers ?? {}])));
  }, [store, assessments]);

  const { phases, startWith } = diagnose(assessments, answers, ficheOrder);
  const pending = store ? undefined : 'true';
  const titleOf = (id: string) => assessments.find((a) => a.id === id)?.titre ?? id;
  const phaseOf = (id: string) => assessments.find((a) => a.id === id)?.phaseTitre ?? id;

  return (
    <section className="diagnostic island" aria-labelledby="diagnostic-titre" data-ready={store ? 'true' : 'false'}>
      <h2 id="diagnostic-titre">{diagnosticUi.diagnosticTitle}</h2>
      <p className="muted">{diagnosticUi.diagnosticPaperHint}</p>
      <StorageNotices notices={notices} describe={(_type, id) => islandUi.corruptWhat.autoevaluation(titleOf(id))} />
      <ul className="diagnostic-phases">
        {assessments.map((assessment, index) => {
          const summary = phases[index]!;
          const status = store ? summary.status : 'empty';
          const action =
            status === 'complete'
              ? diagnosticUi.seeQuestionnaire(assessment.phaseTitre)
              : status === 'started'
                ? diagnosticUi.resumeQuestionnaire(assessment.phaseTitre)
                : diagnosticUi.startQuestionnaire(assessment.phaseTitre);
          return (
            <li
              key={assessment.id}
              className={`diagnostic-phase phase-${assessment.phase}`}
              {...{ [DIAGNOSTIC_ENTRY_ATTRIBUTE]: assessment.id }}
              data-status={store ? status : undefined}
            >
              <h3>
                {assessment.phaseTitre} : {assessment.titre}
              </h3>
              <div data-pending={pending}>
                <p className="diagnostic-phase__status">
                  {status === 'complete' && summary.band
                    ? diagnosticUi.statusComplete(summary.score.percent, summary.band.titre)
                    : status === 'started'
                      ? diagnosticUi.statusStarted(summary.score.answered, summary.score.total)
                      : diagnosticUi.statusEmpty}
                </p>
                <ScoreBar percent={!store ? undefined : status === 'complete' ? summary.score.percent : 0} thresholds={assessment.bands.map((b) => b.min)} />
              </div>
              <p>
                <a href={assessment.href}>{action}</a>
              </p>
            </li>
          );
        })}
      </ul>
      <div className="diagnostic-start" data-pending={pending}>
        <h3>{diagnosticUi.startWithTitle}</h3>
        {startWith.length === 0 ? (
          <p>{diagnosticUi.startWithEmpty}</p>
        ) : (
          <ol className="recommended-fiches">
            {startWith.map((item) => {
              const fiche = fiches[item.fiche];
              if (!fiche) return null;
              const phasesNamed = [...new Set(item.reasons.map((r) => phaseOf(r.questionnaire)))].join(', ');
              const bandTitle = phases.find((p) => p.id === item.fromBand)?.band?.titre ?? '';
              return (
                <RecommendedFiche
                  key={item.fiche}
                  id={item.fiche}
                  fiche={fiche}
                  reason={item.reasons.length > 0 ? diagnosticUi.startWithReason(item.reasons.length, phasesNamed) : diagnosticUi.startWithBand(bandTitle)}
                />
              );
            })}
          </ol>
        )}
      </div>
    </section>
  );
}
