"""csroles: customer-service roles, shown, compared and searched from a bilingual dataset."""

from __future__ import annotations

__version__ = "0.1.0"  # the one place the version is set (pyproject reads it)


def package_version() -> str:
    """The installed distribution's version, from its metadata (importing importlib.metadata
    costs ~50 ms, so only --version calls this; the cache key uses __version__)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("csroles")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"
