"""`python -m cs_roles` runs the same CLI as the `csroles` script."""

from cs_roles.cli import main

main()
