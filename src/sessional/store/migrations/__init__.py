"""Alembic migrations of the store; `database.migrate()` runs them on start."""
