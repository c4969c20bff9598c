import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { checklistCount } from '../lib/progress/checklist.ts';
import { parcoursCount } from '../lib/progress/parcours.ts';
import { summarize } from '../lib/progress/diagnostic.ts';
import { scoreQuiz } from '../lib/progress/quiz.ts';
import { StoreWriteError } from '../lib/progress/store.ts';
import { MAX_IMPORT_BYTES, buildExport, exportFileName, isEmptyProgress, parseImport, type ImportError } from '../lib/progress/transfer.ts';
import type { ChecklistListName, ProgressEntries, QuizAnswer } from '../schemas/progress.ts';
import { islandUi } from '../ui/islands/common.ts';
import { diagnosticUi } from '../ui/islands/diagnostic.ts';
import { suiviUi } from '../ui/islands/suivi.ts';
import { ownValue } from '../lib/own.ts';
import ConfirmAction, { ConfirmPanel } from './ConfirmAction.tsx';
import HeldPlace from './HeldPlace.tsx';
import StorageNotices from './StorageNotices.tsx';
import type { BandProp } from './types.ts';
import { useProgressStore } from './use-progress-store.ts';
import './islands.css';

export interface MyProgressProps {
  fiches: { id: string; numero: number; titre: string; href: string; lists: { name: ChecklistListName; items: { id: string }[] }[] }[];
  assessments: { id: string; titre: string; phaseTitre: string; href: string; questions: { id: string; fiche: string }[]; bands: BandProp[] }[];
  quizzes: { id: string; titre: string; href: string; affirmations: { id: string; reponse: QuizAnswer }[] }[];
  /** Absent on a kit without parcours. */
  parcours?: { id: string; titre: string; href: string; steps: { id: string }[] }[];
}

const EMPTY: ProgressEntries = { checklist: {}, autoevaluation: {}, quiz: {}, parcours: {} };

function importMessage(error: ImportError): string {
  const texts = suiviUi.importErrors;
  const reason =
    error.reason === 'newer-version' ? texts['newer-version'](error.version) : error.reason === 'invalid' ? texts.invalid(error.paths) : texts[error.reason];
  return `${reason} ${suiviUi.nothingChanged}`;
}

/**
 * A state in a table: « — » until the island knows what this browser keeps, then the state, which
 * the directive shows before React when nothing is saved (HeldPlace).
 */
function StateCell({ known, text }: { known: boolean; text: string }) {
  return (
    <td>
      <HeldPlace live={known} before="—" after={text} />
    </td>
  );
}

/**
 * Everything this browser keeps for the reader, with « Exporter », « Importer » and « Tout effacer ».
 * Until the store is open it draws what it shows when nothing is saved (`client:interaction="suivi"`):
 * the directive shows that at once when it is true, and loads React at once otherwise.
 */
export default function MyProgress({ fiches, assessments, quizzes, parcours = [] }: MyProgressProps) {
  const { store, notices } = useProgressStore();
  const [entries, setEntries] = useState<ProgressEntries>(EMPTY);
  const [message, setMessage] = useState<string>();
  const [pending, setPending] = useState<ProgressEntries>();
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (store) setEntries(store.entries());
  }, [store]);
  /** Whether the island shows what this browser keeps, or still what it showed before knowing (HeldPlace). */
  const known = Boolean(store);

  const titleOf = (type: string, id: string) =>
    type === 'checklist'
      ? (fiches.find((f) => f.id === id)?.titre ?? id)
      : type === 'parcours'
        ? (parcours.find((p) => p.id === id)?.titre ?? id)
        : ([...assessments, ...quizzes].find((q) => q.id === id)?.titre ?? id);

  const exportProgress = () => {
    if (!store) return;
    const now = new Date();
    const name = exportFileName(now);
    const blob = new Blob([JSON.stringify(buildExport(store.entries(), now), null, 2)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    setMessage(suiviUi.exportDone(name));
  };

  const apply = (next: ProgressEntries) => {
    if (!store) return;
    try {
      store.replaceAll(next);
      setMessage(
        suiviUi.importDone(Object.keys(next.checklist).length, Object.keys(next.autoevaluation).length + Object.keys(next.quiz).length, Object.keys(next.parcours).length),
      );
    } catch (error) {
      if (!(error instanceof StoreWriteError)) throw error;
      setMessage(`${suiviUi.importErrors['write-failed']} ${suiviUi.nothingChanged}`);
    }
    setEntries(store.entries());
  };

  const importProgress = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    if (!store || !file) return;
    setPending(undefined);
    let text: string;
    try {
      if (file.size > MAX_IMPORT_BYTES) return setMessage(importMessage({ reason: 'too-big' }));
      text = await file.text();
    } catch {
      return setMessage(`${suiviUi.importErrors.unreadable} ${suiviUi.nothingChanged}`);
    } finally {
      // The same file can be chosen again after a fix.
      input.value = '';
    }
    const result = parseImport(text);
    if (!result.ok) return setMessage(importMessage(result.error));
    if (isEmptyProgress(store.entries())) apply(result.file.entries);
    else {
      setMessage(undefined);
      setPending(result.file.entries);
    }
  };

  const closePending = (text: string | undefined) => {
    setPending(undefined);
    fileInput.current?.focus();
    if (text) setMessage(text);
  };

  return (
    <div className="my-progress island" data-ready={store ? 'true' : 'false'}>
      <HeldPlace live={known} before={<p>{suiviUi.suiviPaperHint}</p>} after={<p>{suiviUi.suiviIntro}</p>} />
      <StorageNotices
        notices={notices}
        describe={(type, id) => islandUi.corruptWhat[type](titleOf(type, id))}
        messages={[message]}
      />
      {parcours.length > 0 && (
        <>
          <h2>{suiviUi.suiviParcours}</h2>
          <div className="table-scroll">
            <table className="progress-table">
              <thead>
                <tr>
                  <th scope="col">{suiviUi.suiviParcoursName}</th>
                  <th scope="col">{suiviUi.suiviProgress}</th>
                </tr>
              </thead>
              <tbody>
                {parcours.map((entry) => {
                  const count = parcoursCount(ownValue(entries.parcours, entry.id), entry.steps);
                  return (
                    <tr key={entry.id} data-parcours={entry.id}>
                      <th scope="row">
                        <a href={entry.href}>{entry.titre}</a>
                      </th>
                      <StateCell known={known} text={count.done ? suiviUi.parcoursState(count.done, count.total) : suiviUi.notStartedM} />
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      <h2>{suiviUi.suiviChecklists}</h2>
      <div className="table-scroll">
        <table className="progress-table">
          <thead>
            <tr>
              <th scope="col">{suiviUi.suiviFiche}</th>
              <th scope="col">{suiviUi.suiviProgress}</th>
            </tr>
          </thead>
          <tbody>
            {fiches.map((fiche) => {
              const count = checklistCount(ownValue(entries.checklist, fiche.id), fiche.lists);
              return (
                <tr key={fiche.id} data-fiche={fiche.id}>
                  <th scope="row">
                    <a href={fiche.href}>
                      {fiche.numero}. {fiche.titre}
                    </a>
                  </th>
                  <StateCell known={known} text={count.checked ? suiviUi.checklistState(count.checked, count.total) : suiviUi.notStartedF} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <h2>{suiviUi.suiviQuestionnaires}</h2>
      <div className="table-scroll">
        <table className="progress-table">
          <thead>
            <tr>
              <th scope="col">{suiviUi.suiviQuestionnaire}</th>
              <th scope="col">{suiviUi.suiviState}</th>
            </tr>
          </thead>
          <tbody>
            {assessments.map((assessment) => {
              const summary = summarize(assessment, ownValue(entries.autoevaluation, assessment.id)?.answers ?? {});
              const state =
                summary.status === 'complete'
                  ? diagnosticUi.statusComplete(summary.score.percent, summary.band!.titre)
                  : summary.status === 'started'
                    ? diagnosticUi.statusStarted(summary.score.answered, summary.score.total)
                    : diagnosticUi.statusEmpty;
              return (
                <tr key={assessment.id} data-questionnaire={assessment.id}>
                  <th scope="row">
                    <a href={assessment.href}>
                      {assessment.phaseTitre} : {assessment.titre}
                    </a>
                  </th>
                  <StateCell known={known} text={state} />
                </tr>
              );
            })}
            {quizzes.map((quiz) => {
              const score = scoreQuiz(quiz.affirmations, ownValue(entries.quiz, quiz.id)?.answers ?? {});
              return (
                <tr key={quiz.id} data-questionnaire={quiz.id}>
                  <th scope="row">
                    <a href={quiz.href}>{quiz.titre}</a>
                  </th>
                  <StateCell known={known} text={score.answered ? suiviUi.quizState(score.answered, score.total, score.correct) : diagnosticUi.statusEmpty} />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <section className="transfer" aria-labelledby="transfert-titre" data-pending={store ? undefined : 'true'}>
        <h2 id="transfert-titre">{suiviUi.exportTitle}</h2>
        <p>{suiviUi.importHint}</p>
        <div className="island-actions">
          <button type="button" className="button" onClick={exportProgress}>
            {suiviUi.exportButton}
          </button>
        </div>
        <div className="file-field">
          <label htmlFor="importer-suivi">{suiviUi.importLabel}</label>
          <input id="importer-suivi" ref={fileInput} type="file" accept=".json,application/json" onChange={importProgress} />
        </div>
        {pending && (
          <ConfirmPanel
            id="importer"
            question={suiviUi.importQuestion}
            confirmLabel={suiviUi.importConfirm}
            onConfirm={() => {
              apply(pending);
              closePending(undefined);
            }}
            onCancel={() => closePending(suiviUi.importCancelled)}
          />
        )}
        <div className="island-actions">
          <ConfirmAction
            id="tout-effacer"
            label={suiviUi.clearAll}
            question={suiviUi.clearAllQuestion}
            confirmLabel={suiviUi.clearAllConfirm}
            onConfirm={() => {
              if (!store) return;
              try {
                store.clearAll();
                setMessage(suiviUi.clearedAll);
              } catch {
                setMessage(suiviUi.clearFailed);
              }
              setEntries(store.entries());
            }}
          />
        </div>
      </section>
    </div>
  );
}
