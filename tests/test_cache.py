"""The compiled cache: never stale, never fatal, never corrupted, never different."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA_FILE, Invoke

from cs_roles import cache
from cs_roles.dataset import content_digest, load_dataset

COMMANDS = [
    ["show", "team-lead", "--json"],
    ["compare", "coordinator", "support-manager", "team-lead", "--json"],
    ["similar", "coordinator", "--json"],
    ["matrix", "tools", "--json"],
    ["list", "--json"],
    ["search", "커뮤니캐이션", "--json"],
    ["search", "desk", "--role", "team-lead", "--json"],
]


def own_copy(tmp_path: Path) -> Path:
    target = tmp_path / "roles.yaml"
    target.write_bytes(DATA_FILE.read_bytes())
    return target


def entry_files(digest: str) -> list[str]:
    directory = cache.entry_dir(digest)
    return sorted(os.listdir(directory)) if os.path.isdir(directory) else []


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a[:2]) for a in COMMANDS])
def test_results_are_identical_with_and_without_the_cache(invoke: Invoke, args: list[str]) -> None:
    cold = invoke(*args)  # fills the cache
    warm = invoke(*args)  # reads it
    bypass = invoke(*args, "--no-cache")
    assert cold.exit_code == warm.exit_code == bypass.exit_code == 0
    assert json.loads(cold.stdout) == json.loads(warm.stdout) == json.loads(bypass.stdout)


def test_first_run_writes_an_entry_and_search_adds_its_index(invoke: Invoke) -> None:
    digest = content_digest(DATA_FILE.read_bytes())
    assert entry_files(digest) == []
    invoke("show", "team-lead", "--json")
    assert entry_files(digest) == ["definitions.json", "index.json", "roles.jsonl"]
    invoke("search", "zendesk", "--json")
    assert "search.txt" in entry_files(digest)
    # The cache is plain JSON and text: nothing in it can run code when read.
    for name in entry_files(digest):
        raw = Path(cache.entry_dir(digest), name).read_bytes()
        assert not raw.startswith(b"\x80")  # no pickle protocol header


def test_no_cache_writes_nothing(invoke: Invoke) -> None:
    invoke("show", "team-lead", "--json", "--no-cache")
    assert not os.path.exists(cache.cache_root())


def test_changed_file_is_reparsed(invoke: Invoke, tmp_path: Path) -> None:
    data = own_copy(tmp_path)
    first = json.loads(invoke("show", "team-lead", "--json", "--data", str(data)).stdout)
    assert first["title"]["en"] == "Customer Service Team Lead"
    text = data.read_text(encoding="utf-8").replace(
        "en: Customer Service Team Lead,", "en: Customer Service Team Leader,"
    )
    data.write_text(text, encoding="utf-8")
    second = json.loads(invoke("show", "team-lead", "--json", "--data", str(data)).stdout)
    assert second["title"]["en"] == "Customer Service Team Leader"


def test_same_size_same_mtime_edit_is_still_seen(invoke: Invoke, tmp_path: Path) -> None:
    """The key is the content, not the file's size or time stamp."""
    data = own_copy(tmp_path)
    invoke("list", "--json", "--data", str(data))
    before = os.stat(data)
    text = data.read_text(encoding="utf-8").replace(
        "ko: 고객 서비스 팀 리더}", "ko: 고객 서비스 팀 리다}", 1
    )
    data.write_text(text, encoding="utf-8")
    os.utime(data, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert os.stat(data).st_size == before.st_size
    rows = json.loads(invoke("list", "--json", "--data", str(data)).stdout)
    assert rows[-1]["title"]["ko"] == "고객 서비스 팀 리다"


@pytest.mark.parametrize("damaged", ["index.json", "roles.jsonl", "definitions.json", "search.txt"])
@pytest.mark.parametrize("how", ["garbage", "truncated", "empty", "missing"])
def test_corrupt_cache_is_ignored(invoke: Invoke, damaged: str, how: str) -> None:
    expected = {tuple(a): json.loads(invoke(*a, "--no-cache").stdout) for a in COMMANDS}
    for args in COMMANDS:
        invoke(*args)
    path = Path(cache.entry_dir(content_digest(DATA_FILE.read_bytes())), damaged)
    content = path.read_bytes()
    if how == "garbage":
        path.write_bytes(b"\x00\xff not json {" * 50)
    elif how == "truncated":
        path.write_bytes(content[: len(content) // 2])
    elif how == "empty":
        path.write_bytes(b"")
    else:
        path.unlink()
    for args in COMMANDS:
        result = invoke(*args)
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout) == expected[tuple(args)]


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_cache_directory_does_not_fail(invoke: Invoke, isolated_cache: Path) -> None:
    isolated_cache.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        for args in COMMANDS:
            result = invoke(*args)
            assert result.exit_code == 0, result.output
    finally:
        isolated_cache.chmod(stat.S_IRWXU)


def test_unwritable_cache_location_does_not_fail(invoke: Invoke, tmp_path: Path) -> None:
    """Works as root too: the cache 'directory' is a regular file, so nothing can be made."""
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("x")
    for args in COMMANDS:
        result = invoke(*args, env={"XDG_CACHE_HOME": str(blocker)})
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout)


def test_concurrent_first_runs_leave_a_sound_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    env.pop("CSROLES_DATA", None)
    argv = [sys.executable, "-m", "cs_roles"]
    runs = [
        subprocess.Popen([*argv, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for args in COMMANDS * 2
    ]
    outputs = [run.communicate() for run in runs]
    assert all(run.returncode == 0 for run in runs), [o[1] for o in outputs]
    for out, _err in outputs:
        json.loads(out)
    root = tmp_path / "cache" / "csroles" / cache.FORMAT
    entries = [p for p in root.iterdir() if not p.name.startswith(".")]
    assert len(entries) == 1  # one entry, no leftovers of the losing writers
    assert not [p for p in root.iterdir() if p.name.startswith(".")]
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    entry = cache.open_entry(content_digest(DATA_FILE.read_bytes()))
    assert entry is not None  # the shared entry reads back whole
    meta, read_record, read_definitions = entry
    assert [read_record(i)["id"] for i in range(len(meta["roles"]))] == [
        r["id"] for r in meta["roles"]
    ]
    assert "zendesk" in read_definitions()["tools"]
    assert len(load_dataset(DATA_FILE).role_ids) == 5


def test_killed_writer_leaves_no_broken_entry(tmp_path: Path) -> None:
    """A temp directory left by a crash is never taken for an entry."""
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    root = tmp_path / "cache" / "csroles" / cache.FORMAT
    digest = content_digest(DATA_FILE.read_bytes())
    half = root / f".{digest[:12]}.abc.tmp"
    half.mkdir(parents=True)
    (half / "index.json").write_text("{")
    done = subprocess.run(
        [sys.executable, "-m", "cs_roles", "show", "team-lead", "--json"],
        env=env,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0
    assert (root / digest / "index.json").is_file()
    json.loads((root / digest / "index.json").read_text())
