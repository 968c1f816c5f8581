"""The request core: one call of a vendor operation, from checked arguments to a built request,
through send-safe retries, to a read answer or a typed error. Sans-IO where it decides (the retry
generator), thin where it does I/O (``http``). Imports only ``_base``."""
