"""What the command modules share: the options' rules, Tab completion and the options
before any command. A package, so that it is not taken for a command."""
