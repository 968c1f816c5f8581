"""The pieces of the ``smsgate`` command line; ``smsgate.cli`` is its entry point."""
