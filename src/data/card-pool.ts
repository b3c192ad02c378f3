/**
 * Preview cards rendered on every core: a pool of worker threads (src/data/card-worker.ts), one per
 * core the machine offers (os.availableParallelism), fed from one queue of card layouts. A worker
 * holds the process open only while it has a card to render.
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardDone, CardJob } from './card-worker';

/** Node runs the worker's TypeScript as it is; it is found from the project, as the card fonts are, not from the bundle. */
const WORKER = join(process.cwd(), 'src/data/card-worker.ts');

/** A card for a worker to render: what CardJob holds but its id. */
export type CardSpec = Omit<CardJob, 'id'>;

interface Queued {
  spec: CardSpec;
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

  /** Renders the card `spec` lays out into `spec.file`, on the next free worker. */
  render(spec: CardSpec): Promise<void> {
    return new Promise((done, fail) => {
      this.queue.push({ spec, done, fail });
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
      if (error) job.fail(new Error(`Rendering the preview card ${job.spec.file} failed:\n${error}`));
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
      const id = this.next++;
      this.busy.set(id, { worker, job });
      worker.ref();
      worker.postMessage({ id, ...job.spec } satisfies CardJob);
    }
  }
}
