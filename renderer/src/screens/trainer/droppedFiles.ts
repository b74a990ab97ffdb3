import { BUNDLE_EXTENSION } from '../../../../electron/shared/bundles/bundle-format.ts';

/** Files found inside a folder count only when they are bundles: a USB stick holds much else besides. */
export const isBundleFileName = (name: string) => name.toLowerCase().endsWith(BUNDLE_EXTENSION);

const fileOf = (entry: FileSystemFileEntry) => new Promise<File>((resolve, reject) => entry.file(resolve, reject));
const batchOf = (reader: FileSystemDirectoryReader) =>
  new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));

async function bundlesIn(folder: FileSystemDirectoryEntry): Promise<File[]> {
  const reader = folder.createReader();
  const found: File[] = [];
  // A folder reader hands out its entries a batch at a time, until an empty batch.
  for (let batch = await batchOf(reader); batch.length > 0; batch = await batchOf(reader)) {
    for (const entry of batch) {
      if (entry.isDirectory) found.push(...(await bundlesIn(entry as FileSystemDirectoryEntry)));
      else if (isBundleFileName(entry.name)) found.push(await fileOf(entry as FileSystemFileEntry));
    }
  }
  return found;
}

/**
 * The files a trainer dropped: each dropped file as it is (its row then says why it is not a bundle), each dropped
 * folder searched for bundles. The entries are taken at once: a drop's data is gone once its handler returns.
 */
export async function droppedFiles(data: DataTransfer): Promise<File[]> {
  const entries = [...data.items].filter((item) => item.kind === 'file').map((item) => item.webkitGetAsEntry());
  if (entries.some((entry) => entry === null)) return [...data.files];
  const lists = await Promise.all(
    entries.map((entry) =>
      entry!.isDirectory
        ? bundlesIn(entry as FileSystemDirectoryEntry)
        : fileOf(entry as FileSystemFileEntry).then((f) => [f]),
    ),
  );
  return lists.flat();
}
