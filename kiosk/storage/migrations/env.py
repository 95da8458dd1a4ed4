"""Alembic environment: runs on the connection the kiosk hands over."""

from alembic import context

from kiosk.storage.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
