import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import lockfile from 'proper-lockfile';

/** DATA_DIR cannot hold the embedded database; `message` is one line for the person who ran `npm start`. */
export class DataDirError extends Error {
  override name = 'DataDirError';
}

/** Bytes written once at startup to prove the disk can take the database's first writes. */
const PROBE_BYTES = 256 * 1024;

/**
 * Makes `dir` ready for the embedded database and holds it for this process: it must be creatable and writable,
 * have room for a first write, and not be in use by another running `npm start` (LevelDB allows one process).
 * Returns the release function; throws DataDirError with one clear line otherwise.
 */
export async function claimDataDir(dir: string): Promise<() => Promise<void>> {
  const path = resolve(dir);
  const probe = join(path, '.write-probe');
  try {
    makeDir(path);
    writeFileSync(probe, Buffer.alloc(PROBE_BYTES));
    rmSync(probe);
  } catch (error) {
    removeQuietly(probe);
    throw new DataDirError(`DATA_DIR ${path} is not usable: ${reason(error)}. Set DATA_DIR to a writable folder with free space.`);
  }
  try {
    return await lockfile.lock(path, { stale: 10_000, update: 2_000, realpath: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new DataDirError(`DATA_DIR ${path} is in use by another running Backline. Stop it, or set DATA_DIR to another folder.`);
    }
    throw new DataDirError(`DATA_DIR ${path} could not be locked: ${reason(error)}.`);
  }
}

/** mkdir -p one level at a time: a recursive mkdir reports ENOENT where the real cause is EROFS or EACCES. */
function makeDir(path: string): void {
  const missing: string[] = [];
  for (let at = path; !existsSync(at); at = dirname(at)) missing.unshift(at);
  for (const dir of missing) mkdirSync(dir);
}

function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // Nothing was written there.
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EROFS') return 'the file system is read-only';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'it is a file, not a folder';
  return code ?? (error as Error).message;
}
