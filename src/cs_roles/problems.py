"""One problem found in a dataset, located to file, line, column and key path."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(slots=True)
class Problem:
    """One thing wrong (or worth a warning) in a dataset, located to line and column."""

    file: str
    line: int  # 1-based; 0 when the problem has no position (an unreadable file)
    column: int
    path: str  # key path such as roles.team-lead.tools[3].tool
    message: str
    severity: str = "error"  # or "warning"

    def __str__(self) -> str:
        return self.render("en")

    def render(self, lang: str) -> str:
        """file:line:column: key.path: message, the message in `lang` where it can be."""
        where = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        path = f" {self.path}:" if self.path else ""
        if lang.partition("+")[0] == "ko":
            from cs_roles.messages import problem_text

            label = "경고: " if self.severity == "warning" else ""
            return f"{where}:{path} {label}{problem_text(self.message, lang)}"
        label = "warning: " if self.severity == "warning" else ""
        return f"{where}:{path} {label}{self.message}"

    def to_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "path": self.path,
            "severity": self.severity,
            "message": self.message,
        }
