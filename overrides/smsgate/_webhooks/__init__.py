"""Hearing the vendors back: callbacks read into unified events (``payloads``), and receivers (``receiver``)."""
