/** Below this many files a run is over too soon for a progress bar to help. */
export const PROGRESS_MIN_FILES = 50;

const REDRAW_MS = 100;
const WIDTH = 24;

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '--:--';
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const two = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

/** One line, redrawn in place: `[#####-----] 120/2000 files  35.2 files/s  ETA 0:53`. */
export function progressLine(done: number, total: number, elapsedMs: number): string {
  const filled = total === 0 ? WIDTH : Math.round((done / total) * WIDTH);
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? (total - done) / rate : Infinity;
  return `[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} files  ${rate.toFixed(1)} files/s  ETA ${duration(eta)}`;
}

/** A progress bar on a terminal's standard error; redrawn at most ten times a second, erased at the end. */
export class ProgressBar {
  private done = 0;
  private drawnAt = 0;
  private readonly started = performance.now();

  constructor(
    private readonly total: number,
    private readonly write: (text: string) => void,
  ) {}

  tick(): void {
    this.done++;
    const now = performance.now();
    if (this.drawnAt > 0 && now - this.drawnAt < REDRAW_MS && this.done < this.total) return;
    this.draw(now);
  }

  /** Draws the bar again after other output; not before the first file is done. */
  redraw(): void {
    if (this.done > 0 && this.done < this.total) this.draw(performance.now());
  }

  private draw(now: number): void {
    this.drawnAt = now;
    this.write(`\r\x1b[2K${progressLine(this.done, this.total, now - this.started)}`);
  }

  /** Erases the bar (before other output on the same terminal); the next file draws it again. */
  clear(): void {
    if (this.drawnAt > 0) this.write('\r\x1b[2K');
    this.drawnAt = 0;
  }

  finish(): void {
    this.clear();
  }
}
