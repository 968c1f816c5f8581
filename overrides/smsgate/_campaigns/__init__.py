"""Campaigns: many recipients sent through a journal (SQLite) that survives a crash, resolved
against the vendors' records, with failover between vendors. Stands on the client facade."""
