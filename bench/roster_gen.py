"""Generate realistic team rosters from a dataset, and time `team`'s core on them.

A person is drawn from a role of the dataset: some of its skills, tools and areas, a few
from elsewhere, their current role written as a title, an alias or left blank. Items are
written the ways people write them: the English name, the Korean one where the dataset has
it, an alias, the id, in lower case; a bounded set of items is sometimes misspelt (people
tend to make the same slips, and each distinct string costs a fuzzy search), and a bounded
set of made-up items and roles never resolves. Names are Korean and English, unique. The
same seed gives the same roster.

Usage:
  python bench/roster_gen.py generate DATASET OUTPUT [--people N] [--seed S]
        [--format csv|tsv|xlsx|yaml|json] [--korean-headers] [--typos K] [--unknowns M]
  python bench/roster_gen.py measure DATASET [--people N] [--role ROLE] [--runs R]
        [--fit ITEM...]
`measure` writes a roster to a temporary directory, then runs the core (read_roster and
plan_team, JSON built and dumped) in a fresh process R times: median wall time, peak RSS.
With --fit it also times `csroles fit ITEM... --json` the same way, for the ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

FAMILY = [
    "김",
    "이",
    "박",
    "최",
    "정",
    "강",
    "조",
    "윤",
    "장",
    "임",
    "한",
    "오",
    "서",
    "신",
    "권",
    "황",
    "안",
    "송",
    "류",
    "홍",
]
GIVEN = [
    "민",
    "서",
    "지",
    "현",
    "준",
    "우",
    "예",
    "하",
    "도",
    "윤",
    "수",
    "진",
    "영",
    "은",
    "재",
    "성",
    "태",
    "아",
    "유",
    "연",
]
FIRST = [
    "Alex",
    "Avery",
    "Blake",
    "Casey",
    "Dana",
    "Drew",
    "Eden",
    "Emery",
    "Finley",
    "Harper",
    "Hayden",
    "Jamie",
    "Jordan",
    "Kai",
    "Kendall",
    "Logan",
    "Morgan",
    "Noel",
    "Parker",
    "Quinn",
    "Reese",
    "Riley",
    "Rowan",
    "Sage",
    "Sam",
    "Skyler",
    "Taylor",
]
LAST = [
    "Adams",
    "Baker",
    "Brooks",
    "Carter",
    "Chen",
    "Diaz",
    "Evans",
    "Foster",
    "Garcia",
    "Hughes",
    "Ito",
    "Jones",
    "Khan",
    "Lopez",
    "Meyer",
    "Novak",
    "Okafor",
    "Patel",
    "Reyes",
    "Silva",
    "Smith",
    "Tanaka",
    "Turner",
    "Walsh",
    "Young",
]
MADE_UP = {  # items no dataset has, as people write them in the column they belong to
    "skill": ["Kanban wizardry", "고객 감동 철학", "Vibe checks", "콜 응대 매너", "People skills+"],
    "tool": ["Lotus Notes 2", "사내 메신저", "CRM-X 9000", "내부 위키 v2", "HelpHub Pro"],
    "area": ["ticket zen", "상담 노하우", "Quantum support"],
}
MADE_UP_ROLES = ["Chief Happiness Officer", "고객 감동 매니저", "Support Ninja"]
HEADERS = {
    False: ["name", "role", "skills", "tools", "areas"],
    True: ["이름", "역할", "기술", "도구", "업무 영역"],
}


def person_names(rng: random.Random, count: int, korean_share: float) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < count:
        if rng.random() < korean_share:
            name = rng.choice(FAMILY) + rng.choice(GIVEN) + rng.choice(GIVEN)
        else:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        base, n = name, 2
        while name in seen:
            name, n = f"{base} {n}", n + 1
        seen.add(name)
        names.append(name)
    return names


def typo(rng: random.Random, text: str) -> str:
    """One slip: two letters swapped, one dropped or one doubled (never the first)."""
    if len(text) < 4:
        return text + text[-1]
    at = rng.randrange(1, len(text) - 1)
    slip = rng.choice(("swap", "drop", "double"))
    if slip == "swap" and text[at] != text[at + 1]:
        return text[:at] + text[at + 1] + text[at] + text[at + 2 :]
    if slip == "drop":
        return text[:at] + text[at + 1 :]
    return text[:at] + text[at] + text[at:]


class Writer:
    """How the people of a roster write each item, with a fixed pool of misspellings."""

    def __init__(self, dataset: Any, rng: random.Random, typos: int, korean_share: float):
        self.rng = rng
        self.korean_share = korean_share
        self.forms: dict[tuple[str, str], list[str]] = {}
        for section, kind in (("skills", "skill"), ("tools", "tool"), ("areas", "area")):
            for ident, definition in dataset.definitions(section).items():
                self.forms[(kind, ident)] = [
                    definition.name.get("en") or ident,
                    definition.name.get("ko") or "",
                    *definition.aliases,
                    ident,
                ]
        keys = sorted(self.forms)
        chosen = rng.sample(keys, min(typos, len(keys)))
        self.typos = {key: typo(rng, self.forms[key][0]) for key in chosen}

    def write(self, kind: str, ident: str) -> str:
        forms = self.forms.get((kind, ident)) or [ident, ""]
        english, korean, *others = forms
        roll = self.rng.random()
        if (kind, ident) in self.typos and roll < 0.4:
            return self.typos[(kind, ident)]
        if korean and self.rng.random() < self.korean_share:
            return korean
        if roll < 0.65:
            return english
        if roll < 0.8:
            return english.lower()
        return self.rng.choice(others) if others else english


def generate(
    dataset: Any,
    people: int,
    seed: int,
    typos: int = 40,
    unknowns: int = 12,
    korean_share: float = 0.3,
) -> list[dict[str, Any]]:
    """The roster's people as mappings of name, role, skills, tools, areas (lists)."""
    rng = random.Random(seed)
    roles = list(dataset.roles())
    writer = Writer(dataset, rng, typos, korean_share)
    made_up = {kind: items[: max(1, unknowns // 3)] for kind, items in MADE_UP.items()}
    all_items = {d: sorted(i for k, i in writer.forms if k == d) for d in ("skill", "tool", "area")}
    rows = []
    for name in person_names(rng, people, korean_share):
        role = rng.choice(roles)
        row: dict[str, Any] = {"name": name, "role": written_role(rng, role)}
        for column, kind, own, share in (
            ("skills", "skill", role.skills, 0.6),
            ("tools", "tool", role.tool_ids, 0.5),
            ("areas", "area", role.areas, 0.5),
        ):
            picked = [i for i in own if rng.random() < share]
            if all_items[kind] and rng.random() < 0.3:
                picked.append(rng.choice(all_items[kind]))
            items = list(dict.fromkeys(writer.write(kind, i) for i in picked))
            if unknowns and rng.random() < 0.1:
                items.append(rng.choice(made_up[kind]))
            row[column] = items
        rows.append(row)
    return rows


def written_role(rng: random.Random, role: Any) -> str:
    roll = rng.random()
    if roll < 0.1:
        return ""
    if roll < 0.12:
        return rng.choice(MADE_UP_ROLES)
    if roll < 0.3 and role.title.get("ko"):
        return str(role.title["ko"])
    if roll < 0.4 and role.aliases:
        return str(rng.choice(role.aliases))
    if roll < 0.5:
        return str(role.id)
    return str(role.title.get("en") or role.id)


def cell(items: Sequence[str], rng: random.Random) -> str:
    """Items joined as people join them: `;` or `,`; `;` when a name has a comma, and a line
    break (Alt+Enter in Excel) when one has a semicolon too."""
    if any(";" in i for i in items):
        return "\n".join(items)
    separator = "; " if any("," in i for i in items) or rng.random() < 0.5 else ", "
    return separator.join(items)


def write_roster(rows: list[dict[str, Any]], path: Path, fmt: str, korean: bool, seed: int) -> None:
    rng = random.Random(seed + 1)
    header = HEADERS[korean]
    fields = ["name", "role", "skills", "tools", "areas"]
    if fmt in ("yaml", "json"):
        people = [{h: row[f] for h, f in zip(header, fields, strict=True)} for row in rows]
        if fmt == "json":
            path.write_text(json.dumps(people, ensure_ascii=False, indent=1), encoding="utf-8")
        else:
            import yaml

            path.write_text(yaml.safe_dump(people, allow_unicode=True), encoding="utf-8")
        return
    table = [header] + [
        [row["name"], row["role"], *(cell(row[f], rng) for f in fields[2:])] for row in rows
    ]
    if fmt == "xlsx":
        import openpyxl

        workbook = openpyxl.Workbook(write_only=True)
        sheet = workbook.create_sheet("Team")
        for line in table:
            sheet.append(line)
        workbook.save(path)
        return
    import csv

    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter="\t" if fmt == "tsv" else ",").writerows(table)


# -- measuring ---------------------------------------------------------------------------

CORE = """
import json, sys
import cs_roles.cli  # what the command would import before it starts
from cs_roles.dataset import load_dataset
from cs_roles.roster import read_roster
from cs_roles.team import plan_team
dataset = load_dataset(sys.argv[1])
team = plan_team(dataset, read_roster(sys.argv[2]), role=sys.argv[3] or None)
sys.stdout.write(json.dumps(team.to_json(), ensure_ascii=False))
"""


def timed(command: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (KiB) of one run."""
    start = time.perf_counter()
    pid = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL).pid
    _, status, usage = os.wait4(pid, 0)
    elapsed = time.perf_counter() - start
    if status != 0:
        raise SystemExit(f"{command[:3]} failed with status {status}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def summary(runs: list[tuple[float, float, int]]) -> str:
    wall = statistics.median(r[0] for r in runs)
    cpu = statistics.median(r[1] for r in runs)
    rss = max(r[2] for r in runs) / 1024
    return f"median wall {wall:.3f} s, CPU {cpu:.3f} s, peak RSS {rss:.0f} MiB"


def measure(args: argparse.Namespace) -> int:
    from cs_roles.dataset import load_dataset

    dataset = load_dataset(args.dataset)
    rows = generate(dataset, args.people, args.seed, args.typos, args.unknowns)
    distinct = {i for r in rows for c in ("skills", "tools", "areas") for i in r[c]}
    with tempfile.TemporaryDirectory() as tmp:
        roster = Path(tmp) / f"roster.{args.format}"
        write_roster(rows, roster, args.format, False, args.seed)
        env = dict(os.environ)
        core = [sys.executable, "-c", CORE, str(args.dataset), str(roster), args.role or ""]
        timed(core, env)  # warm-up: the dataset's caches
        runs = [timed(core, env) for _ in range(args.runs)]
        print(
            f"{args.people} people, {len(distinct)} distinct items, {args.format}: " + summary(runs)
        )
        if args.fit:
            script = str(Path(sys.executable).with_name("csroles"))
            fit = [script, "fit", *args.fit, "--json", "--data", str(args.dataset)]
            timed(fit, env)
            fits = [timed(fit, env) for _ in range(args.runs)]
            print(f"fit of {len(args.fit)} items: " + summary(fits))
            ratio = statistics.median(r[1] for r in runs) / statistics.median(r[1] for r in fits)
            print(f"CPU ratio, team core / fit: {ratio:.2f}")
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("generate", "measure"):
        command = sub.add_parser(name)
        command.add_argument("dataset", type=Path)
        if name == "generate":
            command.add_argument("output", type=Path)
            command.add_argument("--korean-headers", action="store_true")
        else:
            command.add_argument("--role")
            command.add_argument("--runs", type=int, default=5)
            command.add_argument("--fit", nargs="+")
        command.add_argument("--people", type=int, default=50)
        command.add_argument("--seed", type=int, default=1)
        command.add_argument("--format", choices=("csv", "tsv", "xlsx", "yaml", "json"))
        command.add_argument("--typos", type=int, default=40)
        command.add_argument("--unknowns", type=int, default=12)
    args = parser.parse_args(argv)
    if args.command == "measure":
        args.format = args.format or "csv"
        return measure(args)
    from cs_roles.dataset import load_dataset

    fmt = args.format or args.output.suffix.lstrip(".") or "csv"
    rows = generate(load_dataset(args.dataset), args.people, args.seed, args.typos, args.unknowns)
    write_roster(rows, args.output, fmt, args.korean_headers, args.seed)
    print(f"{args.output}: {len(rows)} people")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
