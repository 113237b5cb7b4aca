import { getPriority } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

/** Runs `lowerThisThreadsPriority` in a fresh thread; the thread's nice value as Linux reports it. */
function inThread(): Promise<{ lowered: boolean; nice: number }> {
  const entry = new URL('./thread-priority.ts', import.meta.url).href;
  const code = `
    const { parentPort } = require('node:worker_threads');
    const { readFileSync } = require('node:fs');
    import('tsx/esm/api')
      .then(({ register }) => { register(); return import(${JSON.stringify(entry)}); })
      .then((m) => {
        const lowered = m.lowerThisThreadsPriority();
        const stat = readFileSync('/proc/thread-self/stat', 'utf8');
        // Fields after the command's closing parenthesis: the 19th of stat(5), nice, is the 17th.
        const nice = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
        parentPort.postMessage({ lowered, nice });
      });`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true });
    worker.once('message', (m) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

describe.runIf(process.platform === 'linux')('lowerThisThreadsPriority', () => {
  it('lowers the calling thread to nice 19 and leaves the process’s main thread as it was', async () => {
    const before = getPriority();
    const thread = await inThread();
    expect(thread).toEqual({ lowered: true, nice: 19 });
    expect(getPriority()).toBe(before);
  });
});
