"""Repositories: small query objects bound to one session, returning plain records."""
