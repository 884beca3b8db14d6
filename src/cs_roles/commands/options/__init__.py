"""What the commands' options share: the rules every option follows (`rules`), the Tab
completion of their values (`completers`) and the options before any command (`root`).
A package, so that it is not taken for a command."""
