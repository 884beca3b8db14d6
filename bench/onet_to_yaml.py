"""Convert the O*NET 29.2 text files into a csroles dataset (format v1).

Data: O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training
Administration (USDOL/ETA), used under the CC BY 4.0 license. The converted file carries
that credit in its header and in every role's source.

Occupations become roles keyed by O*NET-SOC code (43-4051.00), with title and description;
task statements become responsibilities; technology examples become tools, with their
commodity titles as tool categories. Names that differ only in case or spacing are one
tool, as csroles requires. The output is generated, never committed.

Usage: python bench/onet_to_yaml.py [ONET_DIR] [OUTPUT]
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

CREDIT = (
    "O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training "
    "Administration (USDOL/ETA), used under the CC BY 4.0 license"
)
DEFAULT_SOURCE = Path(__file__).resolve().parent.parent.parent / "shared" / "onet-29.2"


def read_table(path: Path) -> list[dict[str, str]]:
    """A tab-separated file with a header; any line ending (LF, CRLF or CR alone)."""
    text = path.read_bytes().decode("utf-8")
    lines = [line for line in re.split(r"\r\n|\r|\n", text) if line]
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=False)) for line in lines[1:]]


def quote(text: str) -> str:
    """A YAML double-quoted scalar (JSON string syntax is valid YAML here)."""
    return json.dumps(text, ensure_ascii=False)


def fold(name: str) -> str:
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in folded if not ch.isspace() and ch not in "-_")


def slug(name: str) -> str:
    text = name.casefold().replace("+", "-plus").replace("#", "-sharp").replace("&", "-and-")
    text = re.sub(r"[^a-z0-9.]+", "-", text).strip("-.")
    return text or "tool"


def convert(source: Path, codes: set[str] | None = None) -> tuple[str, dict[str, int]]:
    """The dataset as YAML text, and counts; `codes` keeps only those occupations (a slice)."""

    def keep(rows: list[dict[str, str]]) -> list[dict[str, str]]:
        return rows if codes is None else [r for r in rows if r["O*NET-SOC Code"] in codes]

    occupations = keep(read_table(source / "Occupation Data.txt"))
    tasks = keep(read_table(source / "Task Statements.txt"))
    technology = keep(read_table(source / "Technology Skills.txt"))

    tool_ids: dict[str, str] = {}  # folded name -> id
    tool_names: dict[str, str] = {}  # id -> display name
    taken: set[str] = set()
    categories: dict[str, str] = {}
    uses: dict[str, dict[str, str]] = {}  # code -> tool id -> category
    for row in technology:
        key = fold(row["Example"])
        tool = tool_ids.get(key)
        if tool is None:
            base = tool = slug(row["Example"])
            n = 2
            while tool in taken:
                tool, n = f"{base}-{n}", n + 1
            taken.add(tool)
            tool_ids[key] = tool
            tool_names[tool] = row["Example"]
        categories[row["Commodity Code"]] = row["Commodity Title"]
        uses.setdefault(row["O*NET-SOC Code"], {}).setdefault(tool, row["Commodity Code"])
    task_texts: dict[str, list[str]] = {}
    for row in tasks:
        task_texts.setdefault(row["O*NET-SOC Code"], []).append(row["Task"])

    out = [
        "# Converted from the O*NET 29.2 Database by bench/onet_to_yaml.py.",
        f"# {CREDIT}.",
        "schema_version: 1",
        "categories:",
    ]
    out += [f"  {quote(code)}: {quote(title)}" for code, title in sorted(categories.items())]
    out.append("tools:")
    out += [f"  {quote(tool)}: {{name: {quote(name)}}}" for tool, name in tool_names.items()]
    out.append("roles:")
    roles = 0
    for row in occupations:
        code = row["O*NET-SOC Code"]
        if code not in uses and code not in task_texts:
            continue  # an occupation with no data in this release
        roles += 1
        out.append(f"  {code}:")
        out.append(f"    title: {quote(row['Title'])}")
        out.append(f"    summary: {quote(row['Description'])}")
        if code in task_texts:
            out.append("    responsibilities:")
            out += [f"      - {quote(task)}" for task in task_texts[code]]
        if code in uses:
            out.append("    tools:")
            out += [
                f"      - {{tool: {quote(tool)}, category: {quote(cat)}}}"
                for tool, cat in uses[code].items()
            ]
        out.append(
            f"    source: {{title: {quote('O*NET 29.2 Database')}, "
            f"publisher: {quote('USDOL/ETA')}, license: {quote('CC BY 4.0')}, "
            f"url: {quote('https://www.onetcenter.org/database.html')}}}"
        )
    stats = {
        "roles": roles,
        "tools": len(tool_names),
        "tool_mentions": sum(len(u) for u in uses.values()),
        "tasks": sum(len(t) for t in task_texts.values()),
        "categories": len(categories),
    }
    return "\n".join(out) + "\n", stats


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else DEFAULT_SOURCE
    target = Path(argv[2]) if len(argv) > 2 else Path("onet.onet.yaml")
    text, stats = convert(source)
    target.write_text(text, encoding="utf-8")
    size = target.stat().st_size
    print(f"{target}: {size / 1e6:.1f} MB, " + ", ".join(f"{v:,} {k}" for k, v in stats.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
