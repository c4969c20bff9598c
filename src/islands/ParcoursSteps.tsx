import { useState } from 'react';
import { doneStepIds, isEmptyParcours, parcoursCount, setStepDone } from '../lib/progress/parcours.ts';
import type { ParcoursEntry } from '../schemas/progress.ts';
import { islandUi } from '../ui/islands/common.ts';
import { parcoursStepsUi } from '../ui/islands/parcours.ts';
import ConfirmAction from './ConfirmAction.tsx';
import StorageNotices from './StorageNotices.tsx';
import type { ParcoursStepProp } from './types.ts';
import { useStoredEntry } from './use-stored-entry.ts';
import './islands.css';

export interface ParcoursStepsProps {
  parcoursId: string;
  parcoursTitle: string;
  steps: ParcoursStepProp[];
  suiviHref: string;
}

/**
 * The steps of a parcours as an ordered list of cards. The server's HTML (a page without
 * JavaScript, and paper) has every step, its link and an empty box to tick by hand; once
 * hydrated, each card gets a checkbox whose mark is saved by step id.
 */
export default function ParcoursSteps({ parcoursId, parcoursTitle, steps, suiviHref }: ParcoursStepsProps) {
  const { ready, entry, save, notices } = useStoredEntry('parcours', parcoursId, isEmptyParcours);
  const [message, setMessage] = useState<string>();

  const done = doneStepIds(entry, steps);
  const { total } = parcoursCount(entry, steps);
  const ui = parcoursStepsUi;

  return (
    <div className="parcours-steps island" data-parcours={parcoursId} data-ready={ready ? 'true' : 'false'}>
      <p className="muted screen-only">{ready ? ui.hint : ui.paperHint}</p>
      <p className="muted print-only">{ui.printHint}</p>
      <StorageNotices notices={notices} describe={() => islandUi.corruptWhat.parcours(parcoursTitle)} messages={[message]} />
      <p className="checklist-progress" aria-live="polite">
        {ready && ui.progress(done.size, total)}
      </p>
      <ol className="step-list">
        {steps.map((step, index) => {
          const titleId = `etape-${step.id}-titre`;
          const inputId = `etape-${step.id}-faite`;
          return (
            <li key={step.id} id={`etape-${step.id}`} data-step={step.id} className={`step-card${step.phase ? ` phase-${step.phase.id}` : ''}${done.has(step.id) ? ' step-card--done' : ''}`}>
              <h3 id={titleId}>
                <span className="step-card__number">{ui.step(index + 1)}</span> {step.titre}
              </h3>
              {step.phase && <p className="step-card__phase">{step.phase.label}</p>}
              <p>
                <strong>{ui.whyNow}</strong> {step.pourquoi}
              </p>
              <p className="step-card__target">
                <strong>{ui.target}</strong> {ui.targetKinds[step.target.kind]} : <a href={step.target.href}>{step.target.label}</a>
                {step.target.detail && <> ({step.target.detail})</>}
              </p>
              <p>
                <strong>{ui.takeAway}</strong> {step.retenir}
              </p>
              <p className="step-card__done">
                {ready ? (
                  <>
                    <input
                      type="checkbox"
                      className="checklist__input"
                      id={inputId}
                      checked={done.has(step.id)}
                      aria-describedby={titleId}
                      onChange={(event) => {
                        setMessage(undefined);
                        save(setStepDone(entry, step.id, event.currentTarget.checked));
                      }}
                    />
                    <label htmlFor={inputId}>{ui.done(index + 1)}</label>
                  </>
                ) : (
                  <>
                    <span className="answer-box" aria-hidden="true"></span> {ui.paperDone}
                  </>
                )}
              </p>
            </li>
          );
        })}
      </ol>
      {ready && (
        <div className="island-actions">
          <ConfirmAction
            id={`decocher-${parcoursId}`}
            label={ui.uncheckAll}
            question={ui.uncheckAllQuestion(done.size)}
            confirmLabel={ui.uncheckAllConfirm}
            skipConfirm={done.size === 0}
            onConfirm={() => {
              if (done.size === 0) return setMessage(ui.nothingDone);
              save(undefined);
              setMessage(ui.uncheckedAll);
            }}
          />
          <a href={suiviHref}>{islandUi.seeMySuivi}</a>
        </div>
      )}
    </div>
  );
}
