"""Benchmark csroles against the floor it cannot beat, measured in the same run.

Each case runs as a real process (the installed `csroles` script), alternating with its
floor (`python -c "import typer"`, or for a cold O*NET run a bare PyYAML C-loader parse of
the same file), after a warm-up. Reported: median of the paired ratios, absolute medians,
and the peak resident memory of the case's process.

Usage: python bench/run.py [--quick] [--runs N] [--sizes bundled,1x,10x] [--onet PATH]
                           [--only NAME,...] [--write FILE]
Datasets: the bundled one; O*NET 29.2 (1x, generated with bench/onet_to_yaml.py when --onet
is not given); O*NET ten times (10x, 9,230 roles, generated with bench/tenfold.py).
Reported per case: wall time, CPU time (user + system: steadier on a shared machine) and
peak RSS of the csroles process. Targets are a ratio to a floor, or absolute (10x search,
similar, matrix; team on O*NET). `team` runs on rosters from bench/roster_gen.py: 50 people
on the bundled data against `fit` of one person as its floor, 5,000 on O*NET.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PYTHON = sys.executable  # replaced by the benchmark venv's interpreter in main()
SCRIPT = "csroles"


def typer_floor() -> list[str]:
    return [PYTHON, "-c", "import typer"]


def rich_floor() -> list[str]:
    """What any Rich table output costs before drawing anything."""
    return [PYTHON, "-c", "import typer, rich.console, rich.table"]


def typer_app_floor(workdir: Path) -> list[str]:
    """A one-command Typer app that prints a line: Typer's own cost of running a command."""
    script = workdir / "hello.py"
    script.write_text(
        "import typer\n"
        "app = typer.Typer()\n"
        "@app.command()\n"
        "def hello(name: str = 'x') -> None:\n"
        "    print(name)\n"
        "app()\n"
    )
    return [PYTHON, str(script)]


def c_parse_floor(path: Path) -> list[str]:
    code = f"import yaml; yaml.load(open({str(path)!r}, 'rb'), Loader=yaml.CSafeLoader)"
    return [PYTHON, "-c", code]


def make_venv(workdir: Path) -> tuple[str, str]:
    """A fresh venv with csroles installed as a user gets it (not editable, bytecode built)."""
    venv = workdir / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = str(venv / "bin" / "python")
    subprocess.run([python, "-m", "pip", "install", "-q", str(REPO)], check=True)
    return python, str(venv / "bin" / "csroles")


@dataclass
class Case:
    dataset: str
    name: str
    args: list[str]
    cold: bool
    target: float | None  # ratio to the floor, or None
    floor: str  # "typer", "app" or "parse"
    reference: str | None = None  # a second floor reported beside: "app" or "rich"
    limit_ms: float | None = None  # an absolute target for the median time
    limit_mib: float | None = None  # an absolute target for the peak memory
    runs: int | None = None  # fewer runs for the slow cases
    warm_up: bool = True
    warns: bool = False  # team reports a roster's unresolved items on stderr, as warnings


@dataclass
class Result:
    case: Case
    ratio: float
    case_ms: float
    floor_ms: float
    peak_mib: float
    cpu_ms: float
    floor_cpu_ms: float
    reference_ratio: float | None = None

    @property
    def met(self) -> bool | None:
        checks = []
        if self.case.target is not None:
            checks.append(self.ratio <= self.case.target)
        if self.case.limit_ms is not None:
            checks.append(self.case_ms <= self.case.limit_ms)
        if self.case.limit_mib is not None:
            checks.append(self.peak_mib <= self.case.limit_mib)
        return all(checks) if checks else None

    @property
    def target_text(self) -> str:
        parts = []
        if self.case.target is not None:
            parts.append(f"≤ {self.case.target}×")
        if self.case.limit_ms is not None:
            parts.append(f"≤ {self.case.limit_ms:.0f} ms")
        if self.case.limit_mib is not None:
            parts.append(f"≤ {self.case.limit_mib:.0f} MiB")
        return ", ".join(parts) or "none"


def run_once(
    argv: list[str], env: dict[str, str], warns: bool = False
) -> tuple[float, float, float]:
    """Wall time (s), peak RSS (MiB) and CPU time (s, user + system) of one process."""
    # stderr goes to a file, not a pipe: a command that says much (team's unresolved items
    # for a large roster) would fill a pipe nobody reads until it exits, and block
    with tempfile.TemporaryFile() as messages:
        started = time.perf_counter()
        process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=messages)
        _pid, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        messages.seek(0)
        err = messages.read().decode()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"failed: {' '.join(argv)}\n{err}")
    if "csroles: warning" in err and not warns:
        raise SystemExit(f"warned: {' '.join(argv)}\n{err}")
    return elapsed, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime


def measure(
    case: Case, data: Path, runs: int, floors: dict[str, list[str]], cache_dir: str
) -> Result:
    """Warm cases share the dataset's cache directory (filled once); cold ones empty theirs."""
    env = dict(os.environ, COLUMNS="80")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users' Python writes and reads bytecode
    argv = [SCRIPT, *case.args, "--data", str(data)]
    if case.args[0] == "validate":
        argv = [SCRIPT, *case.args, str(data)]
    floor = floors[case.floor]
    runs = case.runs or runs
    with tempfile.TemporaryDirectory() as own_cache:
        env["XDG_CACHE_HOME"] = own_cache if case.cold else cache_dir
        if case.warm_up:
            run_once(argv, env, case.warns)  # warm-up (and, for warm cases, fills the cache)
            run_once(floor, env)
        reference = floors[case.reference] if case.reference else None
        ratios, times, floor_times, peaks, cpus, floor_cpus, reference_ratios = (
            [] for _ in range(7)
        )
        for _ in range(runs):
            if case.cold:
                shutil.rmtree(own_cache)
                os.mkdir(own_cache)
            floor_time, _, floor_cpu = run_once(floor, env)
            floor_cpus.append(floor_cpu)
            elapsed, peak, cpu = run_once(argv, env, case.warns)
            if reference:
                reference_ratios.append(elapsed / run_once(reference, env)[0])
            ratios.append(elapsed / floor_time)
            times.append(elapsed)
            floor_times.append(floor_time)
            peaks.append(peak)
            cpus.append(cpu)
    return Result(
        case,
        statistics.median(ratios),
        statistics.median(times) * 1000,
        statistics.median(floor_times) * 1000,
        max(peaks),
        statistics.median(cpus) * 1000,
        statistics.median(floor_cpus) * 1000,
        statistics.median(reference_ratios) if reference_ratios else None,
    )


FIT_ITEMS = {
    False: ["zendesk", "공감", "slack", "conflict resolution", "tableau"],
    True: ["Microsoft Excel", "Slack", "Salesforce software", "Microsoft Word", "Python"],
}


TEAM_PEOPLE = {"bundled": 50, "1x": 5000}  # the rosters `team` is timed on (bench/roster_gen.py)


def fit_floor(data: Path, big: bool) -> list[str]:
    """`fit` for one person's items: what `team` on the bundled data is compared with."""
    return [SCRIPT, "fit", *FIT_ITEMS[big], "--json", "--data", str(data)]


def make_roster(data: Path, people: int, workdir: Path) -> Path:
    """A generated roster (bench/roster_gen.py, seed 1: typos and made-up items included)."""
    path = workdir / f"roster-{people}.csv"
    env = dict(os.environ, XDG_CACHE_HOME=str(workdir / "roster-gen-cache"))
    subprocess.run(
        [PYTHON, str(HERE / "roster_gen.py"), "generate", str(data), str(path),
         "--people", str(people), "--seed", "1"],
        check=True, env=env, stdout=subprocess.DEVNULL,
    )  # fmt: skip
    return path


def team_cases(dataset: str, size: str, roster: Path) -> list[Case]:
    """team: 50 people on the bundled data within 1.5 times `fit` of one person; 5,000
    people on O*NET within 3 s and 300 MiB."""
    people = TEAM_PEOPLE[size]
    name = f"team --json ({people:,} people)"
    args = ["team", str(roster), "--json"]
    if size == "bundled":
        return [Case(dataset, name, args, False, 1.5, "fit", "app", warns=True)]
    return [
        Case(dataset, name, args, False, None, "typer", limit_ms=3000, limit_mib=300, runs=3,
             warns=True),
        Case(dataset, f"team --role --json ({people:,} people)",
             ["team", str(roster), "--role", "43-4051.00", "--json"], False, None, "typer",
             limit_ms=3000, limit_mib=300, runs=3, warns=True),
    ]  # fmt: skip


def cases(dataset: str, role: str, other: str, query: str, size: str) -> list[Case]:
    """size: "bundled", "1x" (O*NET) or "10x" (O*NET ten times)."""
    ten = size == "10x"
    big = size != "bundled"
    json_target = {"bundled": 1.15, "1x": 1.4, "10x": None}[size]
    app_target = 1.3 if ten else None  # 10x: show, compare, list within 1.3x a Typer app

    def quick(name: str, args: list[str]) -> Case:
        if ten:
            return Case(dataset, name, args, False, app_target, "app")
        return Case(dataset, name, args, False, json_target, "typer", "app")

    slow_runs, slow_warm_up = (1, False) if ten else (3, True)
    out = [
        quick("show --json", ["show", role, "--json"]),
        Case(
            dataset,
            "show (table)",
            ["show", role],
            False,
            None if ten else (1.6 if big else 1.4),
            "typer",
            "rich",
        ),
        quick("compare --json", ["compare", role, other, "--json"]),
        quick("list --json", ["list", "--json"]),
        Case(
            dataset,
            "search --json",
            ["search", *query.split(), "--json"],
            False,
            None if ten else (2.5 if big else 1.5),
            "typer",
            "app",
            limit_ms=300 if ten else None,
            limit_mib=150 if ten else None,
        ),
        # fit and gap: asked to stay within 1.5 times show --json on the same data.
        Case(
            dataset,
            "fit --json (5 items)",
            ["fit", *FIT_ITEMS[big], "--json"],
            False,
            round(json_target * 1.5, 2) if json_target else None,
            "typer",
            "app",
        ),
        Case(
            dataset,
            "gap --json",
            ["gap", other, role, "--json"],
            False,
            round(json_target * 1.5, 2) if json_target else None,
            "typer",
            "app",
        ),
        Case(
            dataset,
            "similar --json",
            ["similar", role, "--json"],
            False,
            None,
            "typer",
            limit_ms=500 if ten else None,
        ),
        Case(
            dataset,
            "matrix skills --format csv",
            ["matrix", "skills", "--format", "csv"],
            False,
            None,
            "typer",
            limit_ms=1000 if ten else None,
        ),
        Case(
            dataset,
            "matrix areas --format csv",
            ["matrix", "areas", "--format", "csv"],
            False,
            None,
            "typer",
            limit_ms=1000 if ten else None,
        ),
    ]
    if big:
        out += [
            Case(
                dataset,
                "matrix tools --format csv",
                ["matrix", "tools", "--format", "csv"],
                False,
                None,
                "typer",
                runs=slow_runs,
                warm_up=slow_warm_up,
            ),
            Case(
                dataset,
                "validate",
                ["validate"],
                False,
                None,
                "parse",
                runs=slow_runs,
                warm_up=slow_warm_up,
            ),
        ]
    out.append(
        Case(
            dataset,
            "show --json, first run (no cache)",
            ["show", role, "--json"],
            True,
            None if ten else (1.2 if big else 1.6),
            "parse" if big else "typer",
            runs=1 if ten else None,
            warm_up=not ten,
        )
    )
    return out


REFERENCE_NAMES = {
    "app": "a one-command Typer app",
    "rich": "import typer, rich.console, rich.table",
}


def machine() -> str:
    cpus = os.cpu_count()
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    system = f"{platform.system()} {platform.machine()}"
    return f"{system}, {cpus} cores, {model}, Python {platform.python_version()}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--cold-runs", type=int, default=5)
    parser.add_argument("--onet", type=Path, help="O*NET as YAML (else converted here)")
    parser.add_argument("--sizes", default="bundled,1x,10x", help="which datasets to run")
    parser.add_argument(
        "--quick", action="store_true", help="3 warm runs, 1 cold; no 10x matrix tools/validate"
    )
    parser.add_argument("--write", type=Path)
    parser.add_argument("--only", help="only the cases whose names start so (comma-separated)")
    args = parser.parse_args()
    if args.quick:
        args.runs, args.cold_runs = 3, 1
    sizes = set(args.sizes.split(","))

    global PYTHON, SCRIPT
    workdir = Path(tempfile.mkdtemp(prefix="csroles-bench-"))
    print("installing csroles into a fresh virtual environment ...", flush=True)
    PYTHON, SCRIPT = make_venv(workdir)
    onet = args.onet
    if onet is None and sizes & {"1x", "10x"}:
        onet = workdir / "onet.yaml"
        source = REPO.parent / "shared" / "onet-29.2"
        subprocess.run([PYTHON, str(HERE / "onet_to_yaml.py"), str(source), str(onet)], check=True)
    tenfold = workdir / "onet-10x.yaml"
    if "10x" in sizes:
        subprocess.run([PYTHON, str(HERE / "tenfold.py"), str(onet), str(tenfold)], check=True)
    bundled = REPO / "data" / "roles.yaml"
    floors = {"typer": typer_floor(), "app": typer_app_floor(workdir), "rich": rich_floor()}
    wanted = tuple(args.only.split(",")) if args.only else ()
    results: list[Result] = []
    plan = [
        (
            "bundled",
            bundled,
            cases("bundled", "team-lead", "coordinator", "커뮤니캐이션", "bundled"),
        ),
        ("1x", onet, cases("O*NET", "43-4051.00", "43-1011.00", "custmer servce", "1x")),
        (
            "10x",
            tenfold,
            cases("O*NET×10", "43-4051.00-x7", "43-1011.00-x3", "custmer servce", "10x"),
        ),
    ]
    time.sleep(2.5)  # generated files: older than the store's racy window, as users' files are
    for size, data, dataset_cases in plan:
        if size not in sizes:
            continue
        floors["parse"] = c_parse_floor(data)
        floors["fit"] = fit_floor(data, size != "bundled")
        if size in TEAM_PEOPLE:
            roster = make_roster(data, TEAM_PEOPLE[size], workdir)
            dataset_cases = dataset_cases + team_cases(dataset_cases[0].dataset, size, roster)
        if wanted:
            dataset_cases = [c for c in dataset_cases if c.name.startswith(wanted)]
        cache_dir = tempfile.mkdtemp(dir=workdir, prefix=f"cache-{size}-")
        for case in dataset_cases:
            if args.quick and size == "10x" and case.name.startswith(("matrix tools", "valid")):
                continue
            runs = args.cold_runs if case.cold else args.runs
            result = measure(case, data, runs, floors, cache_dir)
            results.append(result)
            ok = {True: "ok", False: "MISSED", None: ""}[result.met]
            beside = (
                f"  ({result.reference_ratio:.2f} vs {REFERENCE_NAMES[case.reference]})"
                if case.reference and result.reference_ratio
                else ""
            )
            print(
                f"{case.dataset:8} {case.name:34} ratio {result.ratio:6.2f} "
                f"({result.target_text}) {ok:6} {result.case_ms:8.0f} ms (cpu "
                f"{result.cpu_ms:6.0f}) vs floor {result.floor_ms:6.0f} ms (cpu "
                f"{result.floor_cpu_ms:4.0f})  "
                f"peak {result.peak_mib:6.1f} MiB{beside}",
                flush=True,
            )
    shutil.rmtree(workdir, ignore_errors=True)
    report = render(results, args)
    if args.write:
        args.write.write_text(report, encoding="utf-8")
        print(f"wrote {args.write}")
    return 0


FLOOR_NAMES = {
    "typer": "import typer",
    "app": "one-command Typer app",
    "parse": "C-loader parse",
    "fit": "fit --json of one person",
}


def render(results: list[Result], args: argparse.Namespace) -> str:
    today = datetime.date.today().isoformat()
    lines = [
        "| dataset | case | ratio (median) | target | met | csroles (median) | CPU (median) "
        "| floor (median) | floor CPU | floor | peak RSS | ratio to the reference floor |",
        "| --- | --- | ---: | --- | :-: | ---: | ---: | ---: | ---: | --- | ---: | --- |",
    ]
    for r in results:
        met = {True: "yes", False: "**no**", None: ""}[r.met]
        lines.append(
            f"| {r.case.dataset} | {r.case.name} | {r.ratio:.2f} | {r.target_text} | {met} | "
            f"{r.case_ms:,.0f} ms | {r.cpu_ms:,.0f} ms | {r.floor_ms:,.0f} ms | "
            f"{r.floor_cpu_ms:,.0f} ms | "
            f"{FLOOR_NAMES[r.case.floor]} | {r.peak_mib:,.1f} MiB | "
            + (
                f"{r.reference_ratio:.2f} vs {REFERENCE_NAMES[r.case.reference]}"
                if r.case.reference and r.reference_ratio
                else ""
            )
            + " |"
        )
    return (
        f"Measured {today} on {machine()}.\n"
        f"Runs: {args.runs} warm, {args.cold_runs} cold per case (slow 10x cases once), each "
        "alternated with its floor after a warm-up.\n\n" + "\n".join(lines) + "\n"
    )


if __name__ == "__main__":
    raise SystemExit(main())
