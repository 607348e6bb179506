import { type RefObject, useEffect, useRef } from 'react';

/**
 * A native `<dialog>` opened as a modal while `open` holds, with the focus put on `initialFocus`
 * (the browser returns it to the trigger on close): the one behaviour of every dialog here.
 */
export function useModalDialog(open: boolean, initialFocus: RefObject<HTMLElement | null>) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      initialFocus.current?.focus();
    }
    if (!open && element.open) element.close();
  }, [open, initialFocus]);
  return dialog;
}
