import { type FormEvent, type ReactNode, useId, useLayoutEffect, useRef } from 'react';
import { Button, InlineAlert } from 'suomifi-ui-components';
import { useModalDialog } from '../ui/use-modal-dialog.ts';

/**
 * A modal form on the native <dialog>, like ConfirmDialog: the browser traps focus, Escape
 * cancels, and focus goes back to the button that opened it. Focus starts in the first field.
 * The dialog stays open until the server has accepted the change, so a refusal is shown in it.
 */
export function FormDialog({
  open,
  title,
  submitLabel,
  cancelLabel,
  busy,
  error,
  onSubmit,
  onCancel,
  children,
}: {
  open: boolean;
  title: string;
  submitLabel: string;
  cancelLabel: string;
  busy: boolean;
  /** A refusal that belongs to no field, announced at once. */
  error: string | null;
  onSubmit: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const firstField = useRef<HTMLElement | null>(null);
  const dialog = useModalDialog(open, firstField);
  const id = useId();
  // Before useModalDialog's effect opens the dialog and focuses this.
  useLayoutEffect(() => {
    if (open)
      firstField.current = dialog.current?.querySelector<HTMLElement>('input, select, textarea') ?? null;
  }, [open, dialog]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSubmit();
  };
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog users-admin__dialog"
      aria-labelledby={`${id}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      {open && (
        <form onSubmit={submit} noValidate>
          <h2 id={`${id}-title`} className="confirm-dialog__title">
            {title}
          </h2>
          <div className="users-admin__fields">{children}</div>
          {error && (
            <InlineAlert status="error" role="alert">
              {error}
            </InlineAlert>
          )}
          <div className="confirm-dialog__buttons">
            {/* Not `disabled` while busy: a disabled button drops the keyboard focus out of the dialog. */}
            <Button type="submit" aria-disabled={busy || undefined} aria-busy={busy || undefined}>
              {submitLabel}
            </Button>
            <Button type="button" variant="secondary" onClick={onCancel}>
              {cancelLabel}
            </Button>
          </div>
        </form>
      )}
    </dialog>
  );
}
