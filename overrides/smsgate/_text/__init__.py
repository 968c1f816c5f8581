"""Text and rules: what a message and its recipients are before any request (GSM-7 and UCS-2,
transliteration, phone numbers, the send options, the vendors' rules) and the preview built on
them. Imports only ``_base``."""
