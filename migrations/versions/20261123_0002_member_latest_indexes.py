"""(member_id, id) indexes for a member's latest conversation, open ticket and messages

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 18:10:00

Every inbound message looks up the member's latest conversation and latest open ticket (max(id) per member).
With an index on member_id alone PostgreSQL walks the primary key backwards and filters, which grows with all
history (7,071 rows read for one old member in a test database); (member_id, id) makes it one probe. The
console's history (a member's latest messages) has the same shape.
"""
from alembic import op


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_conversations_member_id_id', 'conversations', ['member_id', 'id'], unique=False)
    op.drop_index('ix_conversations_member_id', table_name='conversations')
    op.create_index('ix_tickets_member_id_id', 'tickets', ['member_id', 'id'], unique=False)
    op.drop_index('ix_tickets_member_id', table_name='tickets')
    op.create_index('ix_messages_member_id_id', 'messages', ['member_id', 'id'], unique=False)
    op.drop_index('ix_messages_member_id', table_name='messages')


def downgrade() -> None:
    op.create_index('ix_messages_member_id', 'messages', ['member_id'], unique=False)
    op.drop_index('ix_messages_member_id_id', table_name='messages')
    op.create_index('ix_tickets_member_id', 'tickets', ['member_id'], unique=False)
    op.drop_index('ix_tickets_member_id_id', table_name='tickets')
    op.create_index('ix_conversations_member_id', 'conversations', ['member_id'], unique=False)
    op.drop_index('ix_conversations_member_id_id', table_name='conversations')
