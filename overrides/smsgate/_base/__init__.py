"""The vocabulary every group shares: the error tree, the result models, the specs as the runtime
reads them, identifier encoding, secret redaction and time parsing. Imports no other group."""
