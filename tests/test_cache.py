"""The store of compiled datasets: never stale, never fatal, repaired when damaged, bounded."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA_FILE, Invoke

from cs_roles import store
from cs_roles.dataset import content_digest, load_dataset

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
]
SEARCH = "search.cols"
WARNING = "csroles: warning: "


def own_copy(tmp_path: Path) -> Path:
    target = tmp_path / "roles.yaml"
    target.write_bytes(DATA_FILE.read_bytes())
    return target


def entry_path(data: Path = DATA_FILE) -> Path:
    return Path(store.entry_dir(content_digest(data.read_bytes())))


def entry_files(data: Path = DATA_FILE) -> list[str]:
    directory = entry_path(data)
    return sorted(os.listdir(directory)) if directory.is_dir() else []


def expected_outputs(invoke: Invoke) -> dict[tuple[str, ...], object]:
    return {tuple(a): json.loads(invoke(*a, "--no-cache").stdout) for a in COMMANDS}


def fill(invoke: Invoke) -> None:
    for args in COMMANDS:
        assert invoke(*args).exit_code == 0


def same_size(original: bytes, replacement: bytes) -> bytes:
    """Pad valid JSON with trailing spaces to the original's size."""
    assert len(replacement) <= len(original)
    return replacement + b" " * (len(original) - len(replacement))


@pytest.mark.parametrize("args", COMMANDS, ids=[" ".join(a[:2]) for a in COMMANDS])
def test_results_are_identical_with_and_without_the_cache(invoke: Invoke, args: list[str]) -> None:
    cold = invoke(*args)  # fills the cache
    warm = invoke(*args)  # reads it
    bypass = invoke(*args, "--no-cache")
    assert cold.exit_code == warm.exit_code == bypass.exit_code == 0
    assert json.loads(cold.stdout) == json.loads(warm.stdout) == json.loads(bypass.stdout)
    assert cold.stderr == warm.stderr == ""


def test_first_run_writes_an_entry_and_search_adds_its_index(invoke: Invoke) -> None:
    assert entry_files() == []
    invoke("show", "team-lead", "--json")
    assert entry_files() == sorted([store.HEAD, *store.FILES])
    invoke("search", "zendesk", "--json")
    assert SEARCH in entry_files()
    # The cache is plain JSON and text: nothing in it can run code when read.
    for name in entry_files():
        raw = (entry_path() / name).read_bytes()
        assert not raw.startswith(b"\x80")  # no pickle protocol header


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
    store.remember_digest(str(data), old, content_digest(data.read_bytes()))
    assert store.remembered_digest(str(data)) is None  # its ctime is not what was recorded


# -- the four defects of issue #11 -------------------------------------------------------------


def test_key_holds_the_package_version(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """After an upgrade (a loader change), what the old version compiled is never served."""
    data = own_copy(tmp_path)
    args = ("show", "team-lead", "--json", "--data", str(data))
    invoke(*args)
    old_entry = entry_path(data)
    # What the old code compiled: the same shape, another title.
    for name in (store.ROLES, store.SUMMARIES):
        path = old_entry / name
        path.write_bytes(path.read_bytes().replace(b"Team Lead", b"Team Lair"))
    assert "Team Lair" in invoke(*args).stdout  # same version: the entry is used
    monkeypatch.setattr(store, "__version__", "99.0")
    monkeypatch.setattr(store, "_build", None)
    assert entry_path(data) != old_entry
    shown = json.loads(invoke(*args).stdout)
    assert shown["title"]["en"] == "Customer Service Team Lead"
    assert entry_path(data).is_dir()


def test_key_holds_the_code_that_compiles(monkeypatch: pytest.MonkeyPatch) -> None:
    tag = store.build_tag()
    monkeypatch.setattr(store, "_build", None)
    monkeypatch.setattr(store, "FORMAT", "v999")
    assert store.build_tag() != tag


@pytest.mark.parametrize(
    ("damaged", "replace", "command"),
    [
        (store.ROLES, (b'"title"', b'"titlf"'), ("show", "team-lead", "--json")),
        (store.SUMMARIES, (b'"title"', b'"titlf"'), ("list", "--json")),
        (store.ROLES, (b'"tool"', b'"toot"'), ("show", "coordinator", "--json")),
        (store.MEMBERS, (b"\n0 1 2 3 4\n", b"\n0 1 2 3 z\n"), ("similar", "coordinator", "--json")),
        (store.IDS, (b"team-lead", b"team-leaf"), ("show", "team-lead", "--json")),
        (store.IDS, (b"team-lead", b"team-leaf"), ("list", "--json")),
    ],
    ids=["record title", "summary title", "record tool", "member numbers", "id", "id (list)"],
)
def test_same_size_valid_json_damage_is_repaired_with_one_warning(
    invoke: Invoke, damaged: str, replace: tuple[bytes, bytes], command: tuple[str, ...]
) -> None:
    expected = json.loads(invoke(*command, "--no-cache").stdout)
    invoke(*command)
    path = entry_path() / damaged
    content = path.read_bytes()
    assert replace[0] in content
    path.write_bytes(content.replace(*replace))
    assert len(path.read_bytes()) == len(content)
    first = invoke(*command)
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout) == expected
    assert first.stderr.count(WARNING) == 1
    assert "damaged" in first.stderr and "rebuilt" in first.stderr
    again = invoke(*command)  # repaired: read from the cache, quietly
    assert again.stderr == ""
    assert json.loads(again.stdout) == expected
    assert replace[1] not in path.read_bytes()


def test_a_name_lookup_without_names_is_repaired(invoke: Invoke) -> None:
    """The old index without `names`: now names.json of the right size holding no names."""
    args = ("show", "Customer Service Team Lead", "--json")
    invoke(*args)
    path = entry_path() / store.NAMES
    path.write_bytes(same_size(path.read_bytes(), b"{}"))
    first = invoke(*args)
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout)["id"] == "team-lead"
    assert first.stderr.count(WARNING) == 1
    assert invoke(*args).stderr == ""


def test_a_search_index_lacking_a_column_is_rebuilt(invoke: Invoke) -> None:
    args = ("search", "zendesk", "--json")
    expected = json.loads(invoke(*args, "--no-cache").stdout)
    invoke(*args)
    path = entry_path() / SEARCH
    header, _, rest = path.read_bytes().partition(b"\n")
    columns = json.loads(header)["columns"]
    columns[-1][0] = "words.ownerz"  # same length, valid JSON: a column the search needs is gone
    path.write_bytes(json.dumps(json.loads(header) | {"columns": columns}).encode() + b"\n" + rest)
    first = invoke(*args)
    assert first.exit_code == 0
    assert json.loads(first.stdout) == expected
    assert first.stderr.count(WARNING) == 1
    assert invoke(*args).stderr == ""


def test_library_users_get_notices_not_output(capsys: pytest.CaptureFixture[str]) -> None:
    load_dataset(DATA_FILE).role("team-lead")
    path = entry_path() / store.ROLES
    path.write_bytes(path.read_bytes().replace(b'"title"', b'"titlf"'))
    dataset = load_dataset(DATA_FILE)
    assert dataset.role("team-lead").title["en"] == "Customer Service Team Lead"
    assert len(dataset.notices) == 1 and "damaged" in dataset.notices[0]
    assert capsys.readouterr() == ("", "")


@pytest.mark.parametrize("damaged", [store.HEAD, *store.FILES, SEARCH])
@pytest.mark.parametrize("how", ["garbage", "truncated", "empty", "missing"])
def test_corrupt_cache_is_repaired(invoke: Invoke, damaged: str, how: str) -> None:
    expected = expected_outputs(invoke)
    fill(invoke)
    path = entry_path() / damaged
    content = path.read_bytes()
    if how == "garbage":
        path.write_bytes(b"\x00\xff not json {" * 50)
    elif how == "truncated":
        path.write_bytes(content[: len(content) // 2])
    elif how == "empty":
        path.write_bytes(b"")
    else:
        path.unlink()
    warnings = 0
    for args in COMMANDS:
        result = invoke(*args)
        assert result.exit_code == 0, result.output
        assert json.loads(result.stdout) == expected[tuple(args)]
        warnings += result.stderr.count(WARNING)
    # Said once, by the first command that met the damage. A missing search index is no
    # damage: the search index is an extra, built by the first search that needs it.
    assert warnings == (0 if (damaged, how) == (SEARCH, "missing") else 1)
    for args in COMMANDS:  # and repaired: no command sees it again
        assert invoke(*args).stderr == ""


def test_the_cache_stays_within_its_bound_after_many_edits(
    invoke: Invoke, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, isolated_cache: Path
) -> None:
    monkeypatch.setattr(store, "MAX_ENTRIES", 3)
    neighbour = isolated_cache / "other-tool" / "keep.txt"  # not csroles': never touched
    neighbour.parent.mkdir()
    neighbour.write_text("mine")
    old_format = Path(store.root()) / "v2" / "abc"
    old_format.mkdir(parents=True)
    data = own_copy(tmp_path)
    text = data.read_text(encoding="utf-8")
    sizes = []
    for n in range(12):
        edited = text.replace("en: Customer Service Team Lead,", f"en: Team Lead {n},")
        data.write_text(edited, encoding="utf-8")
        assert invoke("search", "lead", "--json", "--data", str(data)).exit_code == 0
        entries = store.entries()
        sizes.append(sum(size for _used, _name, size in entries))
        assert len(entries) <= 3
        assert entry_path(data).is_dir()  # the newest entry is always kept
    assert max(sizes) <= 3 * max(size for _u, _n, size in store.entries())
    assert not old_format.parent.exists()
    assert neighbour.read_text() == "mine"
    # a byte bound as well: below one entry's size, only the newest survives
    monkeypatch.setattr(store, "MAX_BYTES", 1)
    data.write_text(text, encoding="utf-8")
    invoke("list", "--json", "--data", str(data))
    assert [name for _u, name, _s in store.entries()] == [entry_path(data).name]


def test_path_memos_are_bounded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(store, "MAX_MEMOS", 4)
    for n in range(10):
        path = tmp_path / f"d{n}.yaml"
        path.write_bytes(DATA_FILE.read_bytes())
        os.utime(path, (1_000_000_000, 1_000_000_000))
        st = os.stat(path)
        old = os.stat_result((*st[:7], st.st_atime, st.st_mtime, st.st_ctime - 10))
        store.remember_digest(str(path), old, "0" * 40)
    assert len(os.listdir(Path(store.format_dir()) / "paths")) <= 4


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
        for args in COMMANDS * 2
    ]
    outputs = [run.communicate() for run in runs]
    assert all(run.returncode == 0 for run in runs), [o[1] for o in outputs]
    for out, err in outputs:
        json.loads(out)
        assert err == b""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    root = Path(store.format_dir())
    entries = [p for p in root.iterdir() if not p.name.startswith(".") and p.name != "paths"]
    assert len(entries) == 1  # one entry, no leftovers of the losing writers
    assert not [p for p in root.iterdir() if p.name.startswith(".")]
    entry = store.open_entry(content_digest(DATA_FILE.read_bytes()))
    assert entry is not None  # the shared entry reads back whole
    ids = entry.ids()
    assert [entry.record(i)["id"] for i in range(len(ids))] == ids
    assert "zendesk" in entry.definitions()["tools"]
    assert len(load_dataset(DATA_FILE).role_ids) == 5


def test_killed_writer_leaves_no_broken_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A temp directory left by a crash is never taken for an entry."""
    env = dict(os.environ, XDG_CACHE_HOME=str(tmp_path / "cache"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    root = Path(store.format_dir())
    digest = content_digest(DATA_FILE.read_bytes())
    half = root / f".{digest[:12]}.abc.tmp"
    half.mkdir(parents=True)
    (half / "ids.txt").write_text("x")
    done = subprocess.run(
        [sys.executable, "-m", "cs_roles", "show", "team-lead", "--json"],
        env=env,
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0
    assert done.stderr == b""
    assert store.open_entry(digest) is not None


def test_damaged_line_offsets_of_the_search_index_are_rebuilt(invoke: Invoke) -> None:
    """Columns read a string at a time keep their line offsets: damage there is caught."""
    args = ("search", "desk", "--json")
    expected = json.loads(invoke(*args, "--no-cache").stdout)
    invoke(*args)
    path = entry_path() / SEARCH
    header_line, _, body = path.read_bytes().partition(b"\n")
    header = json.loads(header_line)
    position = 0
    for key, _count, length, offsets in header["columns"]:
        position += length
        if key == "item.data":
            break
        position += offsets
    damaged = bytearray(body)
    damaged[position + 4 : position + offsets - 4] = b"\x01" * (offsets - 8)  # same size
    path.write_bytes(header_line + b"\n" + bytes(damaged))
    first = invoke(*args)
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout) == expected
    assert first.stderr.count(WARNING) == 1
    assert invoke(*args).stderr == ""
