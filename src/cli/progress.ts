/**
 * A progress bar on standard error, drawn only when it is a terminal.
 */
export interface Progress {
  tick(done: number): void;
  finish(): void;
}

const WIDTH = 30;

export function progressBar(total: number, enabled: boolean): Progress {
  if (!enabled || total < 2 || !process.stderr.isTTY) return { tick() {}, finish() {} };
  let last = -1;
  const draw = (done: number) => {
    const filled = Math.round((WIDTH * done) / total);
    process.stderr.write(`\r[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${done}/${total} files`);
  };
  return {
    tick(done) {
      const step = Math.floor((100 * done) / total);
      if (step === last) return;
      last = step;
      draw(done);
    },
    finish() {
      draw(total);
      process.stderr.write('\n');
    },
  };
}
