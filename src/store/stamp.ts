/**
 * A stamp of an embedded database's state that can be read without opening it: the identity and times of
 * PostgreSQL's control file. PostgreSQL rewrites that file when it starts and when it shuts down cleanly,
 * so the stamp changes whenever anything has opened the database, and a copied-back folder (a restored
 * backup) has a new inode and change time. Equal stamps mean nobody has used the database in between.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';

/** The stamp, or null when the folder holds no database. */
export async function readEmbeddedStoreStamp(dataDir: string): Promise<string | null> {
  try {
    const info = await stat(path.join(dataDir, 'global', 'pg_control'), { bigint: true });
    return [info.dev, info.ino, info.size, info.mtimeNs, info.ctimeNs].join(':');
  } catch {
    return null;
  }
}
