// Node's timers overflow past 2^31-1 ms; longer sleeps are taken in laps.
const MAX_TIMER_MS = 2_147_483_647;

/** Resolves after `ms`; rejects with `Stopped` when the signal aborts first (the waiter is torn down). */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(Object.assign(new Error('Stopped'), { name: 'Stopped' }));
    const deadline = Date.now() + ms;
    let timer: NodeJS.Timeout;
    const lap = () => {
      const left = deadline - Date.now();
      if (left <= 0) {
        signal.removeEventListener('abort', stop);
        resolve();
        return;
      }
      timer = setTimeout(lap, Math.min(left, MAX_TIMER_MS));
    };
    const stop = () => {
      clearTimeout(timer);
      reject(Object.assign(new Error('Stopped'), { name: 'Stopped' }));
    };
    signal.addEventListener('abort', stop, { once: true });
    lap();
  });
}
