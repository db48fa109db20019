/**
 * The embedded worker source, wrapped so that `rules` (statements reading `request`, e.g.
 * `if (request.alpha === 0.123) throw new Error('…')`) run before the worker handles each
 * request: faults on demand for the lifecycle tests, through `vi.mock('../src/threads/worker-source.js')`.
 */
export function withSabotage(original: { workerSource: string }, rules: string): { workerSource: string } {
  return {
    workerSource: `${original.workerSource}
const realWorker = nkkanWorker;
var nkkanWorker = { startWorker: (post) => {
  const handle = realWorker.startWorker(post);
  return (request) => {
${rules}
    handle(request);
  };
} };`,
  }
}
