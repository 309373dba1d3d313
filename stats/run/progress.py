"""Progress of a run on the terminal: shared by `stats extract` and `stats build`."""

from __future__ import annotations

import sys
import time


class Progress:
    """A bar on a terminal, plain periodic lines otherwise (CI logs, pipes).

    Called with the runner's running `Totals` after every document, and every second or
    so while a large file is extracted: documents done, characters per second (the unit
    the benchmark speaks), and an ETA from the share of bytes done, since file sizes are
    known before any is read.
    """

    def __init__(self, enabled: bool = True, every: float = 5.0) -> None:
        self.tty = sys.stderr.isatty()
        self.enabled = enabled
        self.every = every
        self.t0 = time.monotonic()
        self.last = float("-inf")  # the first line is always written, however recently the machine booted

    def message(self, t, elapsed: float) -> str:
        chars, done_bytes = t.progress()
        rate = chars / elapsed
        share = done_bytes / t.total_bytes if t.total_bytes else t.done / max(t.files, 1)
        eta = elapsed * (1 - share) / share if share > 0 else 0.0
        cached = f", {t.cached} cached" if t.cached else ""
        return (f"{t.done}/{t.files} documents{cached}, {rate / 1e6:.2f} M chars/s, "
                f"{t.figures} figures, ETA {eta:.0f}s")

    def __call__(self, t) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        finished = t.done == t.files
        if not finished and now - self.last < (0.2 if self.tty else self.every):
            return
        self.last = now
        msg = self.message(t, max(now - self.t0, 1e-9))
        if self.tty:
            width = 30
            filled = int(width * t.done / max(t.files, 1))
            _write(f"\r[{'#' * filled}{'.' * (width - filled)}] {msg}" + ("\n" if finished else ""))
        else:
            _write(f"stats: {msg}\n")


def _write(text: str) -> None:
    """To stderr, flushed: the library prints progress without speaking click (the CLI's business)."""
    sys.stderr.write(text)
    sys.stderr.flush()
