"""Values for shell completion, read through the cache so that a TAB answers at once."""

from __future__ import annotations


def role_choices(incomplete: str, data: str | None = None) -> list[tuple[str, str]]:
    """(role id, English title) pairs whose id or alias starts with what was typed."""
    from cs_roles.dataset import load_dataset
    from cs_roles.errors import CsRolesError
    from cs_roles.sources import resolve_dataset_path

    try:
        dataset = load_dataset(resolve_dataset_path(data))
    except CsRolesError:
        return []
    prefix = incomplete.casefold()
    out: list[tuple[str, str]] = []
    for summary in dataset.summaries():
        title = summary.title.get("en") or next(iter(summary.title.values()), "")
        names = (summary.id, *summary.aliases)
        if any(name.casefold().startswith(prefix) for name in names):
            out.append((summary.id, title))
    return out
