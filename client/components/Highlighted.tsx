import { splitHighlight } from '../../shared/initiative-list.ts';

/** Search highlights as inert text with <mark>: the server's marks are split, never parsed as HTML. */
export function Highlighted({ text }: { text: string }) {
  return (
    <>
      {splitHighlight(text).map((part, index) =>
        // biome-ignore lint/suspicious/noArrayIndexKey: parts of one fixed string, never reordered
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </>
  );
}
