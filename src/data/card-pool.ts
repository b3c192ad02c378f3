/**
 * Preview cards rendered on every core: a pool of worker threads (src/data/card-worker.ts), one per
 * core the machine offers (os.availableParallelism), fed from one queue. A card's SVG is drawn only
 * when a worker is free to render it, so the queue holds what each card says, not its SVG. A worker
 * holds the process open only while it has a card to render.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardDone, CardJob } from './card-worker';

/** Node runs the worker's TypeScript as it is; it is found from the project, as the card fonts are, not from the bundle. */
const WORKER = join(process.cwd(), 'src/data/card-worker.ts');

interface Queued {
  svg: () => string;
  palette: readonly string[];
  file: string;
  done: () => void;
  fail: (error: Error) => void;
}

export class CardPool {
  private readonly queue: Queued[] = [];
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<number, { worker: Worker; job: Queued }>();
  private started = 0;
  private next = 0;

  constructor(readonly size = availableParallelism()) {}

  /** Renders the card `svg()` draws into `file`, on the next free worker. */
  render(svg: () => string, palette: readonly string[], file: string): Promise<void> {
    return new Promise((done, fail) => {
      this.queue.push({ svg, palette, file, done, fail });
      this.dispatch();
    });
  }

  private worker(): Worker | undefined {
    const free = this.idle.pop();
    if (free || this.started >= this.size) return free;
    this.started++;
    const worker = new Worker(WORKER);
    worker.on('message', ({ id, error }: CardDone) => {
      const { job } = this.busy.get(id)!;
      this.busy.delete(id);
      if (error) job.fail(new Error(`Rendering the preview card ${job.file} failed:\n${error}`));
      else job.done();
      worker.unref();
      this.idle.push(worker);
      this.dispatch();
    });
    worker.on('error', (error) => {
      for (const [id, { worker: w, job }] of this.busy) {
        if (w === worker) {
          this.busy.delete(id);
          job.fail(error);
        }
      }
    });
    return worker;
  }

  private dispatch(): void {
    while (this.queue.length) {
      const worker = this.worker();
      if (!worker) return;
      const job = this.queue.shift()!;
      let svg: string;
      try {
        svg = job.svg();
      } catch (error) {
        job.fail(error as Error);
        this.idle.push(worker);
        continue;
      }
      const id = this.next++;
      this.busy.set(id, { worker, job });
      worker.ref();
      worker.postMessage({ id, svg, palette: job.palette, file: job.file } satisfies CardJob);
    }
  }
}
