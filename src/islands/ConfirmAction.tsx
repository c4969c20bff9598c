import { useEffect, useRef, useState } from 'react';
import { islandUi } from '../ui/islands/common.ts';

interface Props {
  /** Prefix of the ids inside, unique on the page. */
  id: string;
  label: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  /** When set and true, the action runs at once: there is nothing to lose. */
  skipConfirm?: boolean;
}

/**
 * A destructive action behind an inline confirmation rather than window.confirm: the question
 * stays on the page, focus goes to it and comes back to the button, Échap cancels.
 */
export default function ConfirmAction({ id, label, question, confirmLabel, onConfirm, skipConfirm }: Props) {
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (!open && returnFocus.current) {
      returnFocus.current = false;
      trigger.current?.focus();
    }
  }, [open]);

  const close = () => {
    returnFocus.current = true;
    setOpen(false);
  };

  if (!open) {
    return (
      <button type="button" className="button button--secondary" ref={trigger} onClick={() => (skipConfirm ? onConfirm() : setOpen(true))}>
        {label}
      </button>
    );
  }
  return (
    <ConfirmPanel
      id={id}
      question={question}
      confirmLabel={confirmLabel}
      onConfirm={() => {
        onConfirm();
        close();
      }}
      onCancel={close}
    />
  );
}

interface PanelProps {
  /** Prefix of the ids inside, unique on the page. */
  id: string;
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The question and its two buttons; focus goes to « confirm » when it appears, Échap cancels. */
export function ConfirmPanel({ id, question, confirmLabel, onConfirm, onCancel }: PanelProps) {
  const confirm = useRef<HTMLButtonElement>(null);
  useEffect(() => confirm.current?.focus(), []);
  return (
    <div
      className="confirm"
      role="group"
      aria-labelledby={`${id}-question`}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <p id={`${id}-question`} className="confirm__question">
        {question}
      </p>
      <div className="confirm__buttons">
        <button type="button" className="button" ref={confirm} onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {islandUi.cancel}
        </button>
      </div>
    </div>
  );
}
