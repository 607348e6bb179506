import { type ReactNode, useId, useRef } from 'react';
import { Button } from 'suomifi-ui-components';
import { useModalDialog } from './use-modal-dialog.ts';

/**
 * A modal question with two answers, on the native <dialog>: the browser traps focus, Escape
 * answers "cancel", and the page behind is inert. Focus starts on the safe answer.
 */
export function ConfirmDialog({
  open,
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  busy = false,
}: {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  busy?: boolean;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  const dialog = useModalDialog(open, cancel);
  const id = useId();
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {open && (
        <>
          <h2 id={`${id}-title`} className="confirm-dialog__title">
            {title}
          </h2>
          <div id={`${id}-text`}>{children}</div>
          <div className="confirm-dialog__buttons">
            {/* Not `disabled` while busy: a disabled button drops the keyboard focus out of the dialog. */}
            <Button onClick={() => !busy && onConfirm()} aria-disabled={busy || undefined}>
              {confirmLabel}
            </Button>
            <Button ref={cancel} variant="secondary" onClick={onCancel}>
              {cancelLabel}
            </Button>
          </div>
        </>
      )}
    </dialog>
  );
}
