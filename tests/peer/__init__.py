"""Checks of smsgate against tools we did not write (``python -m tests.peer.prism_check``)."""
