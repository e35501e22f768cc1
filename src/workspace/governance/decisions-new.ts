/**
 * Writing a new decision record into decisions/: the next free number, the text written to a temporary
 * file beside the target and then linked to its name, so the record appears whole or not at all and an
 * existing file is never overwritten (the link fails instead).
 */
import { randomUUID } from 'node:crypto';
import { link, mkdir, readdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ConflictError } from '../../domain/errors.js';
import { nextAdrNumber, renderAdrTemplate } from '../../governance/adr-template.js';
import { DECISIONS_FOLDER } from './decisions.js';

export interface WrittenAdr {
  id: string;
  /** Workspace-relative path of the new file. */
  file: string;
}

export async function writeNewAdr(root: string, title: string, date: string): Promise<WrittenAdr> {
  const dir = path.join(root, DECISIONS_FOLDER);
  await mkdir(dir, { recursive: true });
  const { id, fileName, content } = renderAdrTemplate({
    number: nextAdrNumber(await readdir(dir)),
    title,
    date,
  });
  await writeWhole(dir, fileName, content);
  return { id, file: `${DECISIONS_FOLDER}/${fileName}` };
}

/**
 * Writes `content` to a temporary file in `dir`, then links it to `fileName`: the file appears whole or
 * not at all, and an existing file of that name is left as it is (ConflictError).
 */
export async function writeWhole(dir: string, fileName: string, content: string): Promise<void> {
  const temporary = path.join(dir, `.${fileName}.${randomUUID()}.tmp`);
  await writeFile(temporary, content, { encoding: 'utf8', flag: 'wx' });
  try {
    await link(temporary, path.join(dir, fileName));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new ConflictError(`${DECISIONS_FOLDER}/${fileName} already exists; nothing was written`, {
        cause: error,
      });
    }
    throw error;
  } finally {
    await unlink(temporary);
  }
}
