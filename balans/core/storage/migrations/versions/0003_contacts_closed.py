"""Index contacts by when they closed, so "open at the start of a day" is an index lookup.

Revision ID: 0003
Revises: 0002
"""
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_contacts_closed", "contacts", ["closed"])


def downgrade() -> None:
    op.drop_index("ix_contacts_closed", "contacts")
