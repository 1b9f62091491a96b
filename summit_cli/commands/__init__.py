"""One module per command; each holds only what the command line needs (parsing, wiring)."""
