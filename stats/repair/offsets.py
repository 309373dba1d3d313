"""OffsetMap: repaired-text index → source offset, stored as runs, not one int per character.

Layout repair copies the source mostly in long unchanged stretches (a line, a line
piece between justification spaces). A Python list with one int per character costs
about 36 bytes a character (the list slot and the int object); a 50 MB line would need
gigabytes. Here each stretch is one run (where it starts in the repaired text, where
in the source), kept in two `array('q')`, and a lookup is a binary search.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate


class OffsetMap:
    """Maps every index 0..len(text) of a repaired text to a source offset."""

    __slots__ = ("_rep", "_src", "size")

    def __init__(self) -> None:
        self._rep = array("q")  # repaired index where each run starts
        self._src = array("q")  # source offset of that index
        self.size = 0  # indexes mapped so far (len(); read as an attribute on hot paths)

    def add(self, src: int, length: int = 1) -> None:
        """Map the next `length` repaired characters to src, src+1, …; extends the last run if contiguous."""
        if length <= 0:
            return
        if not self._rep or self._src[-1] + (self.size - self._rep[-1]) != src:
            self._rep.append(self.size)
            self._src.append(src)
        self.size += length

    def add_runs(self, srcs: Sequence[int], lengths: Sequence[int]) -> None:
        """Map the next sum(lengths) repaired characters run by run: run k to srcs[k], srcs[k]+1, ….

        A page's lines go in at once (two array extends, no call per line). Only the first run
        is joined onto the last one when contiguous; the caller's runs come from separate lines
        (a line break apart), and a run left unjoined would map the same anyway.
        """
        if not srcs:
            return
        src, length = srcs[0], lengths[0]
        if length > 0:
            if not self._rep or self._src[-1] + (self.size - self._rep[-1]) != src:
                self._rep.append(self.size)
                self._src.append(src)
            self.size += length
        if len(srcs) > 1:
            self._src.extend(srcs[1:])
            self._rep.extend(accumulate(lengths[1:-1], initial=self.size))
            self.size += sum(lengths) - length

    def extend(self, other: OffsetMap) -> None:
        """Map the next len(other) repaired characters as other maps its own."""
        for k, start in enumerate(other._rep):
            stop = other._rep[k + 1] if k + 1 < len(other._rep) else other.size
            self.add(other._src[k], stop - start)

    def __len__(self) -> int:
        return self.size

    def __getitem__(self, i: int) -> int:
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError(f"offset index {i} out of range (0..{self.size - 1})")
        k = bisect_right(self._rep, i) - 1
        return self._src[k] + (i - self._rep[k])

    def pair(self, i: int) -> tuple[int, int]:
        """(self[i - 1], self[i]) for 0 < i < len(self), in one search: asked for every line break a
        sentence may hold (is the source cut between two neighbours?), where two look-ups cost two."""
        rep, src = self._rep, self._src
        k = bisect_right(rep, i) - 1
        at = src[k] + (i - rep[k])
        if rep[k] != i:
            return at - 1, at  # inside a run: the neighbour before is the source's character before
        j = k - 1
        while rep[j] >= i:  # (runs of no length that `add_runs` kept start where the next one does)
            j -= 1
        return src[j] + (i - 1 - rep[j]), at

    def __iter__(self):
        for i in range(self.size):
            yield self[i]

    @property
    def runs(self) -> int:
        return len(self._rep)

    def jumps(self, lo: int, hi: int) -> list[int]:
        """The indexes in [lo, hi) where a run starts: the only ones whose source offset may be other than the
        index before's plus one (a line break, a dropped character, lines set apart), so a caller looking for
        what lies between two mapped characters asks these few, not every index."""
        return list(self._rep[bisect_right(self._rep, lo - 1):bisect_right(self._rep, hi - 1)])
