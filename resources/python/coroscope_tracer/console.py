# SPDX-License-Identifier: MIT
"""Printed lines with their times: sys.stdout is replaced by a writer that passes everything on
and records each complete line with its newline, as the engine's print events hold what was
printed (print() writes the text and the newline separately)."""
import io


class LineRecorder(io.TextIOBase):
    def __init__(self, target, recorder):
        self._target = target
        self._rec = recorder
        self._partial = ""

    def write(self, text):
        self._target.write(text)
        if "\n" not in text:
            self._partial += text
            return len(text)
        lines = (self._partial + text).split("\n")
        self._partial = lines.pop()
        for line in lines:
            self._rec.print_line(line + "\n")
        return len(text)

    def flush(self):
        self._target.flush()

    def finish(self):
        """Records a last line printed without its newline."""
        if self._partial:
            self._rec.print_line(self._partial)
            self._partial = ""
        self.flush()

    def writable(self):
        return True

    @property
    def encoding(self):
        return getattr(self._target, "encoding", "utf-8")

    def isatty(self):
        return self._target.isatty()

    def fileno(self):
        return self._target.fileno()
