"""csroles: customer-service roles, shown, compared and searched from a bilingual dataset."""

from __future__ import annotations


def package_version() -> str:
    """The installed distribution's version; read lazily so start-up pays nothing for it."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("csroles")
    except PackageNotFoundError:  # running from a source tree that was never installed
        return "0+unknown"
