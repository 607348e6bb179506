import { errorMessageOf, fileNameFromDisposition } from './export-url.ts';

/** Bytes received so far, and the whole when the server says it (Content-Length). */
export interface DownloadProgress {
  received: number;
  total: number | null;
}

/** An answer that is no file: its message (in the request's language) or the HTTP status. */
export class DownloadError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

/**
 * Fetches a file with the session's cookie, reporting the bytes as they arrive, and hands it to
 * the browser to save under the server's file name (Content-Disposition). An error answer
 * becomes a DownloadError with the server's `{ error }` message, or `fallbackMessage`.
 */
export async function downloadFile(
  url: string,
  {
    language,
    fallbackName,
    fallbackMessage,
    onProgress,
    signal,
  }: {
    language: string;
    fallbackName: string;
    fallbackMessage: (status: number) => string;
    onProgress?: (progress: DownloadProgress) => void;
    signal?: AbortSignal;
  },
): Promise<{ name: string; size: number }> {
  const response = await fetch(url, {
    credentials: 'same-origin',
    headers: { 'X-Digisalkku-Language': language },
    ...(signal ? { signal } : {}),
  });
  if (!response.ok) {
    const body = await response.text().catch(() => '');
    throw new DownloadError(errorMessageOf(body) ?? fallbackMessage(response.status), response.status);
  }
  const length = Number(response.headers.get('Content-Length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const chunks: BlobPart[] = [];
  let received = 0;
  onProgress?.({ received, total });
  if (response.body) {
    const reader = response.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.byteLength;
      onProgress?.({ received, total });
    }
  } else {
    const whole = await response.arrayBuffer();
    chunks.push(whole);
    received = whole.byteLength;
  }
  const name = fileNameFromDisposition(response.headers.get('Content-Disposition'), fallbackName);
  const type = response.headers.get('Content-Type') ?? 'application/octet-stream';
  saveBlob(new Blob(chunks, { type }), name);
  return { name, size: received };
}

/** Saves a blob as a file through a temporary link (the way every browser accepts). */
function saveBlob(blob: Blob, name: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file by the next turn; keep the URL a little longer for slow ones.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}
