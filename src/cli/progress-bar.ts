/** A progress bar on stderr; without a terminal it prints a line every 10%. */
export function createProgressBar(label: string, stream: NodeJS.WriteStream = process.stderr) {
  let lastDecile = -1;
  const started = Date.now();
  return {
    update(done: number, total: number) {
      const ratio = total === 0 ? 1 : Math.min(1, done / total);
      if (stream.isTTY) {
        const width = 30;
        const filled = Math.round(ratio * width);
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        stream.write(
          `\r${label} [${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${Math.round(ratio * 100)}% ${done}/${total} ${seconds}s`,
        );
      } else {
        const decile = Math.floor(ratio * 10);
        if (decile > lastDecile) {
          lastDecile = decile;
          stream.write(`${label}: ${Math.round(ratio * 100)}% (${done}/${total})\n`);
        }
      }
    },
    finish() {
      if (stream.isTTY) stream.write('\n');
    },
  };
}
