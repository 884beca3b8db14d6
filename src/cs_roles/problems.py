"""One problem found in a dataset, located to file, line, column and key path.

A problem is a catalog key with its values (see messages.py), like the errors of errors.py,
so each language words it from the catalog. Its English wording is also the `message` of
`validate --json`, a machine contract that stays English.
"""

from __future__ import annotations

from dataclasses import dataclass

ProblemParams = dict[str, str | int]


class Message(str):
    """A problem's English wording that still knows the catalog key and values it was made
    from: JSON and CSV write it as the English text, and `Problem.render` words it again
    in the language asked, from the catalog."""

    key: str
    params: ProblemParams

    def __new__(cls, key: str, params: ProblemParams | None = None) -> Message:
        from cs_roles.messages import text

        values = params or {}
        message = super().__new__(cls, text(key, "en", **values))
        message.key = key
        message.params = values
        return message

    def render(self, lang: str) -> str:
        from cs_roles.messages import text

        return text(self.key, lang, **self.params)


@dataclass(slots=True)
class Problem:
    """One thing wrong (or worth a warning) in a dataset, located to line and column."""

    file: str
    line: int  # 1-based; 0 when the problem has no position (an unreadable file)
    column: int
    path: str  # key path such as roles.team-lead.tools[3].tool
    message: Message
    severity: str = "error"  # or "warning"

    @property
    def key(self) -> str:
        """The catalog key of the message, such as problem.unknown_key."""
        return self.message.key

    @property
    def params(self) -> ProblemParams:
        return self.message.params

    def __str__(self) -> str:
        return self.render("en")

    def render(self, lang: str) -> str:
        """file:line:column: key.path: message, in `lang`."""
        from cs_roles.messages import text

        where = f"{self.file}:{self.line}:{self.column}" if self.line else self.file
        path = f" {self.path}:" if self.path else ""
        label = text("problem.warning", lang) if self.severity == "warning" else ""
        return f"{where}:{path} {label}{self.message.render(lang)}"

    def to_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "path": self.path,
            "severity": self.severity,
            "message": self.message,
        }
