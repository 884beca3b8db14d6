"""The store of compiled datasets: never stale, never fatal, repaired when damaged, bounded."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import DATA_FILE, Invoke
from typer.testing import CliRunner

from cs_roles import store, store_build
from cs_roles.cli import app
from cs_roles.dataset import load_dataset

COMMANDS = [
    ["show", "team-lead", "--json"],
    ["show", "Customer Service Team Lead", "--json"],
    ["compare", "coordinator", "support-manager", "team-lead", "--json"],
    ["similar", "coordinator", "--json"],
    ["matrix", "tools", "--json"],
    ["matrix", "areas", "--roles", "team-lead,coordinator", "--json"],
    ["list", "--json"],
    ["search", "커뮤니캐이션", "--json"],
    ["search", "desk", "--role", "team-lead", "--json"],
    ["fit", "zendesk,escalation-management", "--json"],
]
# Commands that between them read every table of a stored dataset.
READERS = [COMMANDS[i] for i in (1, 3, 6, 8, 9)]
WARNING = "csroles: warning: "
SQLITE_HEADER = b"SQLite format 3\x00"


def own_copy(tmp_path: Path) -> Path:
    target = tmp_path / "roles.yaml"
    target.write_bytes(DATA_FILE.read_bytes())
    return target


def entry_path(data: Path = DATA_FILE) -> Path:
    return Path(store.entry_path(store.content_digest(data.read_bytes())))


@contextlib.contextmanager
def opened(path: Path) -> Iterator[sqlite3.Connection]:
    """The stored file opened for writing, as something other than csroles would."""
    with contextlib.closing(sqlite3.connect(path)) as db, db:
        yield db


@pytest.fixture(scope="module")
def expected() -> dict[tuple[str, ...], object]:
    """Every command's answer without the cache (which --no-cache never writes)."""
    runner = CliRunner()
    return {tuple(a): json.loads(runner.invoke(app, [*a, "--no-cache"]).stdout) for a in COMMANDS}


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a[:2]) for a in COMMANDS])
def test_results_are_identical_with_and_without_the_cache(
    invoke: Invoke, args: list[str], expected: dict[tuple[str, ...], object]
) -> None:
    cold = invoke(*args)  # fills the cache
    warm = invoke(*args)  # reads it
    assert cold.exit_code == warm.exit_code == 0
    assert json.loads(cold.stdout) == json.loads(warm.stdout) == expected[tuple(args)]
    assert cold.stderr == warm.stderr == ""


def test_the_cache_holds_sqlite_files_only(invoke: Invoke) -> None:
    assert not entry_path().exists()
    invoke("show", "team-lead", "--json")
    assert entry_path().is_file()
    with opened(entry_path()) as db:
        assert db.execute("SELECT count(*) FROM extras").fetchone() == (0,)
    invoke("search", "zendesk", "--json")
    invoke("fit", "zendesk", "--json")
    with opened(entry_path()) as db:
        extras = {name for (name,) in db.execute("SELECT name FROM extras")}
    assert extras == {"search", "careers"}  # added to the same file
    # Every file is SQLite: rows of JSON, text and numbers; nothing in it runs code when read.
    files = sorted(Path(store.root()).rglob("*"))
    assert [p.name for p in files if p.is_dir()] == [store.FORMAT]
    for path in files:
        if path.is_file():
            assert path.suffix == ".sqlite"
            assert path.read_bytes().startswith(SQLITE_HEADER)


def test_no_cache_writes_nothing(invoke: Invoke) -> None:
    invoke("show", "team-lead", "--json", "--no-cache")
    assert not os.path.exists(store.root())


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


def test_an_old_stat_memo_never_hides_an_edit(invoke: Invoke, tmp_path: Path) -> None:
    """A file last changed long ago is remembered by its stat; an edit changes its ctime."""
    data = own_copy(tmp_path)
    os.utime(data, (1_000_000_000, 1_000_000_000))
    assert store.remembered_digest(str(data)) is None
    invoke("list", "--json", "--data", str(data))
    # ctime is now; the memo is written only when that is RACY_SECONDS old
    st = os.stat(data)
    store.remember_digest(str(data), st, "0" * 40)  # too recent: not written
    assert store.remembered_digest(str(data)) is None
    old = os.stat_result((*st[:7], st.st_atime - 10, st.st_mtime, st.st_ctime - 10))
    store.remember_digest(str(data), old, store.content_digest(data.read_bytes()))
    assert store.remembered_digest(str(data)) is None  # its ctime is not what was recorded


def test_key_holds_the_package_version(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """After an upgrade (a loader change), what the old version compiled is never served."""
    data = own_copy(tmp_path)
    args = ("show", "team-lead", "--json", "--data", str(data))
    invoke(*args)
    old_entry = entry_path(data)
    with opened(old_entry) as db:  # what the old code compiled: the same shape, another title
        db.execute("UPDATE records SET record = replace(record, 'Team Lead', 'Team Lair')")
    assert "Team Lair" in invoke(*args).stdout  # same version: the stored file is used
    monkeypatch.setattr(store, "__version__", "99.0")
    monkeypatch.setattr(store, "_build", None)
    assert entry_path(data) != old_entry
    shown = json.loads(invoke(*args).stdout)
    assert shown["title"]["en"] == "Customer Service Team Lead"
    assert entry_path(data).is_file()


def test_key_holds_the_code_that_compiles(monkeypatch: pytest.MonkeyPatch) -> None:
    tag = store.build_tag()
    monkeypatch.setattr(store, "_build", None)
    monkeypatch.setattr(store, "FORMAT", "v999")
    assert store.build_tag() != tag


# -- damage: rows of the right type but the wrong shape, and files that are not whole -------

ROW_DAMAGE = {
    "record title": (
        "UPDATE records SET record = replace(record, '\"title\"', '\"titlf\"')"
        " WHERE n = (SELECT n FROM roles WHERE id = 'team-lead')",
        COMMANDS[0],
    ),
    "summary title": (
        "UPDATE roles SET summary = replace(summary, '\"title\"', '\"titlf\"')",
        COMMANDS[6],
    ),
    "record not JSON": (
        "UPDATE records SET record = '{not json'"
        " WHERE n = (SELECT n FROM roles WHERE id = 'coordinator')",
        COMMANDS[2],
    ),
    "member out of range": (
        "UPDATE members SET item = 9999 WHERE dimension = 'skills' AND role = 0 AND place = 0",
        COMMANDS[3],
    ),
    "role id": (
        "UPDATE meta SET value = replace(value, 'team-lead', 'team-leaf') WHERE key = 'ids'",
        COMMANDS[0],
    ),
    "names emptied": ("DELETE FROM names", COMMANDS[1]),
    "roles missing": ("DELETE FROM roles WHERE n > 2", COMMANDS[6]),
    "search column missing": (
        "DELETE FROM columns WHERE extra = 'search' AND key = 'words.owners'",
        COMMANDS[8],
    ),
    "search string missing": (
        "UPDATE columns SET offsets = zeroblob(length(offsets))"
        " WHERE extra = 'search' AND key = 'item.data'",
        COMMANDS[7],
    ),
    "table dropped": ("DROP TABLE members", COMMANDS[3]),
    "another key": ("UPDATE meta SET value = 'v0' WHERE key = 'format'", COMMANDS[6]),
}


@pytest.mark.parametrize("damage", ROW_DAMAGE)
def test_damaged_rows_are_repaired_with_one_warning(
    invoke: Invoke, damage: str, expected: dict[tuple[str, ...], object]
) -> None:
    statement, command = ROW_DAMAGE[damage]
    truth = expected[tuple(command)]
    invoke(*command)
    with opened(entry_path()) as db:
        assert db.execute(statement).rowcount != 0 or "DROP" in statement
    first = invoke(*command)
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout) == truth
    assert first.stderr.count(WARNING) == 1
    assert "damaged" in first.stderr and "rebuilt" in first.stderr
    again = invoke(*command)  # repaired: read from the cache, quietly
    assert again.stderr == ""
    assert json.loads(again.stdout) == truth


def test_library_users_get_notices_not_output(capsys: pytest.CaptureFixture[str]) -> None:
    load_dataset(DATA_FILE).role("team-lead")
    with opened(entry_path()) as db:
        db.execute("UPDATE records SET record = replace(record, '\"title\"', '\"titlf\"')")
    dataset = load_dataset(DATA_FILE)
    assert dataset.role("team-lead").title["en"] == "Customer Service Team Lead"
    assert len(dataset.notices) == 1 and "damaged" in dataset.notices[0]
    assert capsys.readouterr() == ("", "")


def foreign_database(path: Path) -> None:
    path.unlink()
    with opened(path) as db:
        db.execute("CREATE TABLE roles (n, id, record, summary)")
        db.execute("INSERT INTO roles VALUES (0, 'team-lead', '{}', '{}')")


FILE_DAMAGE = {
    "truncated": lambda p: p.write_bytes(p.read_bytes()[: p.stat().st_size // 2]),
    "truncated at a page": lambda p: p.write_bytes(p.read_bytes()[:8192]),
    "garbage": lambda p: p.write_bytes(b"\x00\xff not sqlite {" * 50),
    "garbled from the middle": lambda p: p.write_bytes(
        (data := p.read_bytes())[: len(data) // 2 // 4096 * 4096]
        + (b"\x00\xff garbled {" * len(data))[: len(data) - len(data) // 2 // 4096 * 4096]
    ),
    "empty": lambda p: p.write_bytes(b""),
    "foreign database": foreign_database,
    "missing": lambda p: p.unlink(),
}


@pytest.mark.parametrize("how", FILE_DAMAGE)
def test_a_damaged_file_is_rebuilt_with_one_warning(
    invoke: Invoke, how: str, expected: dict[tuple[str, ...], object]
) -> None:
    for args in READERS:
        assert invoke(*args).exit_code == 0
    FILE_DAMAGE[how](entry_path())
    warnings = 0
    for args in READERS:
        result = invoke(*args)
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout) == expected[tuple(args)]
        warnings += result.stderr.count(WARNING)
    # Said once, by the first command that met the damage; a missing file is no damage.
    assert warnings == (0 if how == "missing" else 1)
    for args in READERS[::2]:  # and repaired: no command sees it again
        assert invoke(*args).stderr == ""


def test_the_cache_stays_within_its_bound_after_many_edits(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, isolated_cache: Path
) -> None:
    monkeypatch.setattr(store, "MAX_ENTRIES", 3)
    neighbour = isolated_cache / "other-tool" / "keep.txt"  # not csroles': never touched
    neighbour.parent.mkdir()
    neighbour.write_text("mine")
    old_format = Path(store.root()) / "v3" / "abc"
    old_format.mkdir(parents=True)
    data = own_copy(tmp_path)
    text = data.read_text(encoding="utf-8")
    sizes = []
    for n in range(6):
        edited = text.replace("en: Customer Service Team Lead,", f"en: Team Lead {n},")
        data.write_text(edited, encoding="utf-8")
        assert invoke("search", "lead", "--json", "--data", str(data)).exit_code == 0
        entries = store_build.entries()
        sizes.append(sum(size for _used, _name, size in entries))
        assert len(entries) <= 3
        assert entry_path(data).is_file()  # the newest entry is always kept
    assert max(sizes) <= 3 * max(size for _u, _n, size in store_build.entries())
    assert not old_format.parent.exists()
    assert neighbour.read_text() == "mine"
    # a byte bound as well: below one entry's size, only the newest survives
    monkeypatch.setattr(store, "MAX_BYTES", 1)
    data.write_text(text, encoding="utf-8")
    invoke("list", "--json", "--data", str(data))
    assert [name for _u, name, _s in store_build.entries()] == [entry_path(data).name]


def test_path_memos_are_bounded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(store, "MAX_MEMOS", 4)
    for n in range(10):
        path = tmp_path / f"d{n}.yaml"
        path.write_bytes(DATA_FILE.read_bytes())
        os.utime(path, (1_000_000_000, 1_000_000_000))
        st = os.stat(path)
        old = os.stat_result((*st[:7], st.st_atime, st.st_mtime, st.st_ctime - 10))
        store.remember_digest(str(path), old, "0" * 40)
    memos = Path(store.format_dir()) / store.MEMOS
    with contextlib.closing(sqlite3.connect(memos)) as db:
        kept = db.execute("SELECT count(*) FROM memos").fetchone()[0]
    assert 0 < kept <= 4


def test_damaged_path_memos_are_started_afresh(
    invoke: Invoke, expected: dict[tuple[str, ...], object]
) -> None:
    """The memos are a shortcut, never a source of truth: garbage there costs a hash."""
    invoke("list", "--json")
    memos = Path(store.format_dir()) / store.MEMOS
    memos.write_bytes(b"\x00\xff not sqlite {" * 50)
    for _ in range(2):
        result = invoke("list", "--json")
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout) == expected[("list", "--json")]
        assert result.stderr == ""
    assert not memos.exists() or memos.read_bytes().startswith(SQLITE_HEADER)


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
        assert result.stderr == ""


def test_concurrent_first_runs_leave_a_sound_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    env.pop("CSROLES_DATA", None)
    argv = [sys.executable, "-m", "cs_roles"]
    runs = [
        subprocess.Popen([*argv, *args], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for args in READERS[2:]  # list, and two that add extras to the same file
    ]
    outputs = [run.communicate() for run in runs]
    assert all(run.returncode == 0 for run in runs), [o[1] for o in outputs]
    for out, err in outputs:
        json.loads(out)
        assert err == b""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    digest = store.content_digest(DATA_FILE.read_bytes())
    # one file and the path memos, no leftovers of the losing writers
    assert sorted(os.listdir(store.format_dir())) == sorted([store.entry_name(digest), store.MEMOS])
    stored = store.open_entry(digest)
    assert stored is not None  # the shared file reads back whole
    ids = stored.ids()
    assert [stored.record(i)["id"] for i in range(len(ids))] == ids
    assert "zendesk" in stored.section("tools")
    assert len(load_dataset(DATA_FILE).role_ids) == 5


def test_killed_writer_leaves_no_broken_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A temporary file left by a crash is never taken for a stored dataset."""
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    digest = store.content_digest(DATA_FILE.read_bytes())
    half = Path(store.format_dir()) / f".{digest[:12]}.abc.tmp"
    half.parent.mkdir(parents=True)
    half.write_bytes(SQLITE_HEADER)
    done = subprocess.run(
        [sys.executable, "-m", "cs_roles", "show", "team-lead", "--json"],
        env=env,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0
    assert done.stderr == b""
    assert store.open_entry(digest) is not None
