/** Saves a JSON text as a file through the browser's download (an export, a story pack). */
export function downloadJson(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has surely taken it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
