"""Storage: SQLAlchemy models, engine, migrations and repositories."""
