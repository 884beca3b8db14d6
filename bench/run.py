"""Benchmark csroles against the floor it cannot beat, measured in the same run.

Each case runs as a real process (the installed `csroles` script), alternating with its
floor (`python -c "import typer"`, or for a cold O*NET run a bare PyYAML C-loader parse of
the same file), after a warm-up. Reported: median of the paired ratios, absolute medians,
and the peak resident memory of the case's process.

Usage: python bench/run.py [--runs N] [--onet PATH] [--write BENCHMARKS.md]
The O*NET dataset is generated with bench/onet_to_yaml.py when --onet is not given.
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
    target: float
    floor: str  # "typer" or "parse"
    reference: str | None = None  # a second floor reported beside: "app" or "rich"


@dataclass
class Result:
    case: Case
    ratio: float
    case_ms: float
    floor_ms: float
    peak_mib: float
    reference_ratio: float | None = None


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall time (s) and peak RSS (MiB) of one process."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) != 0:
        err = process.stderr.read().decode() if process.stderr else ""
        raise SystemExit(f"failed: {' '.join(argv)}\n{err}")
    if process.stderr:
        process.stderr.close()
    return elapsed, usage.ru_maxrss / 1024


def measure(case: Case, data: Path, runs: int, floors: dict[str, list[str]]) -> Result:
    env = dict(os.environ, COLUMNS="80")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users' Python writes and reads bytecode
    argv = [SCRIPT, *case.args, "--data", str(data)]
    floor = floors[case.floor]
    with tempfile.TemporaryDirectory() as cache_dir:
        env["XDG_CACHE_HOME"] = cache_dir
        run_once(argv, env)  # warm-up (and, for warm cases, fills the cache)
        if case.args[0] == "search":
            run_once(argv, env)
        run_once(floor, env)
        reference = floors[case.reference] if case.reference else None
        ratios, times, floor_times, peaks, reference_ratios = [], [], [], [], []
        for _ in range(runs):
            if case.cold:
                shutil.rmtree(cache_dir)
                os.mkdir(cache_dir)
            floor_time, _ = run_once(floor, env)
            elapsed, peak = run_once(argv, env)
            if reference:
                reference_ratios.append(elapsed / run_once(reference, env)[0])
            ratios.append(elapsed / floor_time)
            times.append(elapsed)
            floor_times.append(floor_time)
            peaks.append(peak)
    return Result(
        case,
        statistics.median(ratios),
        statistics.median(times) * 1000,
        statistics.median(floor_times) * 1000,
        max(peaks),
        statistics.median(reference_ratios) if reference_ratios else None,
    )


FIT_ITEMS = {
    False: ["zendesk", "공감", "slack", "conflict resolution", "tableau"],
    True: ["Microsoft Excel", "Slack", "Salesforce software", "Microsoft Word", "Python"],
}


def cases(dataset: str, role: str, other: str, query: str, onet: bool) -> list[Case]:
    def t(bundled: float, big: float) -> float:
        return big if onet else bundled

    floor_cold = "parse" if onet else "typer"
    json_target = t(1.15, 1.4)
    return [
        Case(dataset, "show --json", ["show", role, "--json"], False, json_target, "typer", "app"),
        Case(dataset, "show (table)", ["show", role], False, t(1.4, 1.6), "typer", "rich"),
        Case(
            dataset,
            "compare --json",
            ["compare", role, other, "--json"],
            False,
            json_target,
            "typer",
            "app",
        ),
        Case(dataset, "list --json", ["list", "--json"], False, json_target, "typer", "app"),
        Case(
            dataset,
            "search --json",
            ["search", query, "--json"],
            False,
            t(1.5, 2.5),
            "typer",
            "app",
        ),
        # fit and gap: asked to stay within 1.5 times show --json on the same data.
        Case(
            dataset,
            "fit --json (5 items)",
            ["fit", *FIT_ITEMS[onet], "--json"],
            False,
            round(json_target * 1.5, 2),
            "typer",
            "app",
        ),
        Case(
            dataset,
            "gap --json",
            ["gap", other, role, "--json"],
            False,
            round(json_target * 1.5, 2),
            "typer",
            "app",
        ),
        Case(
            dataset,
            "show --json, first run (no cache)",
            ["show", role, "--json"],
            True,
            t(1.6, 1.2),
            floor_cold,
        ),
    ]


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
    parser.add_argument("--onet", type=Path)
    parser.add_argument("--write", type=Path)
    args = parser.parse_args()

    global PYTHON, SCRIPT
    workdir = Path(tempfile.mkdtemp(prefix="csroles-bench-"))
    print("installing csroles into a fresh virtual environment ...", flush=True)
    PYTHON, SCRIPT = make_venv(workdir)
    onet = args.onet
    if onet is None:
        onet = workdir / "onet.yaml"
        source = REPO.parent / "shared" / "onet-29.2"
        subprocess.run([PYTHON, str(HERE / "onet_to_yaml.py"), str(source), str(onet)], check=True)
    bundled = REPO / "data" / "roles.yaml"
    floors = {"typer": typer_floor(), "app": typer_app_floor(workdir), "rich": rich_floor()}
    results: list[Result] = []
    plan = [
        (bundled, cases("bundled", "team-lead", "coordinator", "커뮤니캐이션", False)),
        (onet, cases("O*NET", "43-4051.00", "43-1011.00", "custmer servce", True)),
    ]
    for data, dataset_cases in plan:
        floors["parse"] = c_parse_floor(data)
        for case in dataset_cases:
            runs = args.cold_runs if case.cold else args.runs
            result = measure(case, data, runs, floors)
            results.append(result)
            ok = "ok" if result.ratio <= case.target else "MISSED"
            beside = (
                f"  ({result.reference_ratio:.2f} vs {REFERENCE_NAMES[case.reference]})"
                if case.reference and result.reference_ratio
                else ""
            )
            print(
                f"{case.dataset:8} {case.name:36} ratio {result.ratio:5.2f} "
                f"(target ≤ {case.target}) {ok:6} {result.case_ms:7.0f} ms "
                f"vs floor {result.floor_ms:6.0f} ms  peak {result.peak_mib:5.1f} MiB{beside}",
                flush=True,
            )
    shutil.rmtree(workdir, ignore_errors=True)
    report = render(results, args)
    if args.write:
        args.write.write_text(report, encoding="utf-8")
        print(f"wrote {args.write}")
    return 0


def render(results: list[Result], args: argparse.Namespace) -> str:
    today = datetime.date.today().isoformat()
    lines = [
        "| dataset | case | ratio (median) | target | met | csroles (median) | floor (median) "
        "| floor | peak RSS | ratio to the reference floor |",
        "| --- | --- | ---: | ---: | :-: | ---: | ---: | --- | ---: | --- |",
    ]
    for r in results:
        floor = "import typer" if r.case.floor == "typer" else "C-loader parse"
        met = "yes" if r.ratio <= r.case.target else "**no**"
        lines.append(
            f"| {r.case.dataset} | {r.case.name} | {r.ratio:.3f} | ≤ {r.case.target} | {met} | "
            f"{r.case_ms:.0f} ms | {r.floor_ms:.0f} ms | {floor} | {r.peak_mib:.1f} MiB | "
            + (
                f"{r.reference_ratio:.2f} vs {REFERENCE_NAMES[r.case.reference]}"
                if r.case.reference and r.reference_ratio
                else ""
            )
            + " |"
        )
    return (
        f"Measured {today} on {machine()}.\n"
        f"Runs: {args.runs} warm, {args.cold_runs} cold per case, each alternated with its "
        "floor after a warm-up.\n\n" + "\n".join(lines) + "\n"
    )


if __name__ == "__main__":
    raise SystemExit(main())
