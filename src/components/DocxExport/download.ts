export const DOCX_MIME_TYPE: string = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Saves bytes as a file through a temporary `<a download>` on an object URL (works in SharePoint
 * pages and in the Teams desktop and web clients). The URL is revoked after the click has been
 * handled so the Blob can be freed.
 */
export function downloadBytes(bytes: Uint8Array, fileName: string, mimeType: string = DOCX_MIME_TYPE): void {
  const blob = new Blob([bytes], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    document.body.removeChild(link);
    // Revoking synchronously can cancel the download in some browsers: let the click finish first.
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}
