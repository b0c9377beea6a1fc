import { constants, createWriteStream } from 'node:fs';
import { access, mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DocumentStorage, StoredBytesMissing, StoredObject } from './document-storage';
import { isStorageName, partialNameOf } from './storage-keys';

/**
 * Documents on this machine's disk, under one directory: `<dir>/<first two characters of the key>/<key>`, so
 * no folder grows past a few thousand files. A write goes to a `.partial` name beside its target, is fsynced,
 * then renamed over it (atomic within a directory) and the directory fsynced: a reader, or a process that
 * crashed midway, sees the whole file or none. A crash leaves at most a `.partial` file, which the sweep
 * removes.
 */
export class LocalDiskStorage implements DocumentStorage {
  constructor(private readonly root: string) {}

  describe(): string {
    return `local disk at ${this.root}`;
  }

  async put(key: string, bytes: Readable): Promise<void> {
    const folder = this.folderOf(key);
    await mkdir(folder, { recursive: true });
    const partial = join(folder, partialNameOf(key));
    try {
      // `flush`: the file is fsynced before it is closed, so what is renamed into place is on the disk.
      await pipeline(bytes, createWriteStream(partial, { flags: 'wx', flush: true }));
      await rename(partial, this.pathOf(key));
      await syncDirectory(folder);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  }

  async get(key: string): Promise<Readable> {
    try {
      const file = await open(this.pathOf(key), 'r');
      return file.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new StoredBytesMissing(key);
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async *list(): AsyncIterable<StoredObject> {
    for (const folder of await namesIn(this.root)) {
      if (!/^[0-9a-f]{2}$/.test(folder)) continue;
      for (const name of await namesIn(join(this.root, folder))) {
        if (!isStorageName(name)) continue;
        const info = await stat(join(this.root, folder, name)).catch(() => null);
        // Gone between the listing and now (renamed into place, or deleted): nothing to report.
        if (info?.isFile()) yield { key: name, modifiedAt: info.mtime };
      }
    }
  }

  async check(): Promise<string | null> {
    try {
      await mkdir(this.root, { recursive: true });
      await access(this.root, constants.W_OK | constants.R_OK);
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  }

  private folderOf(key: string): string {
    return join(this.root, key.slice(0, 2));
  }

  /** Keys come from us or from a listing, but a path is built only from a name we recognise. */
  private pathOf(key: string): string {
    if (!isStorageName(key)) throw new Error(`Not a storage key: ${JSON.stringify(key)}`);
    return join(this.folderOf(key), key);
  }
}

async function namesIn(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Makes a rename in `dir` durable: without it a power cut may forget the new name after we reported success. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
