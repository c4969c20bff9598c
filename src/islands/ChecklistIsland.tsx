import { useState } from 'react';
import { checklistItemAnchor } from '../lib/fiche-anchors.ts';
import { checkedIds, checklistCount, isEmptyChecklist, setItemChecked } from '../lib/progress/checklist.ts';
import type { ChecklistEntry, ChecklistListName } from '../schemas/progress.ts';
import { islandUi } from '../ui/islands/common.ts';
import { checklistUi } from '../ui/islands/checklist.ts';
import ConfirmAction from './ConfirmAction.tsx';
import StorageNotices from './StorageNotices.tsx';
import { useStoredEntry } from './use-stored-entry.ts';
import './islands.css';

export interface ChecklistIslandProps {
  ficheId: string;
  ficheTitle: string;
  lists: { name: ChecklistListName; items: { id: string; texte: string; detail?: string | undefined }[] }[];
  suiviHref: string;
}

/**
 * The fiche's checklists. The server's HTML (and a page without JavaScript, and paper) shows
 * every item with an empty box to tick by hand; once hydrated, the boxes become checkboxes whose
 * ticks are saved by item id.
 */
export default function ChecklistIsland({ ficheId, ficheTitle, lists, suiviHref }: ChecklistIslandProps) {
  const { ready, entry, save, notices } = useStoredEntry('checklist', ficheId, isEmptyChecklist);
  const [message, setMessage] = useState<string>();

  const { checked, total } = checklistCount(entry, lists);

  return (
    <div className="checklist-block island" data-checklist={ficheId} data-ready={ready ? 'true' : 'false'}>
      <p className="muted screen-only">{ready ? checklistUi.checklistHint : checklistUi.checklistPaperHint}</p>
      <p className="muted print-only">{checklistUi.checklistPrintHint}</p>
      <StorageNotices notices={notices} describe={() => islandUi.corruptWhat.checklist(ficheTitle)} messages={[message]} />
      <p className="checklist-progress" aria-live="polite">
        {ready && checklistUi.checklistProgress(checked, total)}
      </p>
      {lists.map((list) => {
        const ticked = checkedIds(entry, list);
        return (
          <fieldset className="checklist-group" key={list.name}>
            <legend>{checklistUi.checklistLegend[list.name]}</legend>
            <ul className="checklist">
              {list.items.map((item) => {
                const inputId = `case-${list.name}-${item.id}`;
                const detailId = `${inputId}-detail`;
                return (
                  <li key={item.id} id={checklistItemAnchor(list.name, ficheId, item.id)} data-item={item.id}>
                    {ready ? (
                      <input
                        type="checkbox"
                        className="checklist__input"
                        id={inputId}
                        checked={ticked.has(item.id)}
                        aria-describedby={item.detail ? detailId : undefined}
                        onChange={(event) => {
                          setMessage(undefined);
                          save(setItemChecked(entry, list.name, item.id, event.currentTarget.checked));
                        }}
                      />
                    ) : (
                      <span className="checklist__box" aria-hidden="true"></span>
                    )}
                    <span>
                      {ready ? <label htmlFor={inputId}>{item.texte}</label> : item.texte}
                      {item.detail && (
                        <span className="checklist__detail" id={detailId}>
                          {item.detail}
                        </span>
                      )}
                    </span>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
      {ready && (
        <div className="island-actions">
          <ConfirmAction
            id={`decocher-${ficheId}`}
            label={checklistUi.uncheckAll}
            question={checklistUi.uncheckAllQuestion(checked)}
            confirmLabel={checklistUi.uncheckAllConfirm}
            skipConfirm={checked === 0}
            onConfirm={() => {
              if (checked === 0) return setMessage(checklistUi.nothingChecked);
              save(undefined);
              setMessage(checklistUi.uncheckedAll);
            }}
          />
          <a href={suiviHref}>{islandUi.seeMySuivi}</a>
        </div>
      )}
    </div>
  );
}
