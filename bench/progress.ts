/** A one-line progress bar on stderr (redrawn in place on a terminal, every 10% otherwise). */
export function progressBar(total: number, label: string, stream: NodeJS.WriteStream = process.stderr): { tick(n?: number): void; done(): void } {
  let count = 0;
  let shownTenth = -1;
  const started = performance.now();
  const draw = () => {
    const share = total ? count / total : 1;
    const width = 30;
    const filled = Math.round(share * width);
    const rate = count / Math.max(0.001, (performance.now() - started) / 1000);
    return `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total} ${Math.round(share * 100)}% ${rate.toFixed(0)}/s`;
  };
  return {
    tick(n = 1) {
      count += n;
      if (stream.isTTY) stream.write(`\r${draw()}`);
      else if (Math.floor((count / total) * 10) > shownTenth) {
        shownTenth = Math.floor((count / total) * 10);
        stream.write(`${draw()}\n`);
      }
    },
    done() {
      if (stream.isTTY) stream.write(`\r${draw()}\n`);
    },
  };
}
