/**
 * Reading a file line by line as strict UTF-8: a line with bytes that are not UTF-8 is reported by number
 * instead of being silently decoded to U+FFFD, and only one line is held at a time.
 */
import { createReadStream } from 'node:fs';

export type FileLine = { line: number; text: string } | { line: number; text: null; error: string };

const NEWLINE = 0x0a;

export async function* readUtf8Lines(file: string): AsyncGenerator<FileLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending: Buffer[] = [];
  let line = 0;
  const decode = (bytes: Buffer): FileLine => {
    line += 1;
    const end = bytes.at(-1) === 0x0d ? bytes.length - 1 : bytes.length;
    try {
      return { line, text: decoder.decode(bytes.subarray(0, end)) };
    } catch (error) {
      return { line, text: null, error: (error as Error).message };
    }
  };
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      yield decode(Buffer.concat([...pending, chunk.subarray(start, end)]));
      pending = [];
      start = end + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield decode(Buffer.concat(pending));
}
