/** Gathers a finished export piece by piece and hands it to the browser's download (Electron's Save As). */
export async function downloadChunks(
  read: (offset: number) => Promise<{ fileName: string; mimeType: string; base64: string; nextOffset: number | null }>,
): Promise<void> {
  const parts: Uint8Array<ArrayBuffer>[] = [];
  let offset: number | null = 0;
  let fileName = 'export';
  let mimeType = 'application/octet-stream';
  while (offset !== null) {
    const chunk = await read(offset);
    parts.push(Uint8Array.from(atob(chunk.base64), (c) => c.charCodeAt(0)));
    ({ fileName, mimeType } = chunk);
    offset = chunk.nextOffset;
  }
  const url = URL.createObjectURL(new Blob(parts, { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
