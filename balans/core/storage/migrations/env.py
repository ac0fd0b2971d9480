"""Alembic environment: Balans always hands in an open connection (see balans.core.storage.store)."""
from alembic import context

from balans.core.storage.tables import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
