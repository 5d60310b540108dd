"""SQLAlchemy ORM models: members, conversations and messages, tickets, console users, KB entries."""
from .base import Base, utcnow
from .conversation import Conversation, Message
from .kb import KB_STATUSES, KBEntry, KBEntryVersion
from .member import CITY_TIERS, HEALTH_TAGS, Member
from .ticket import PRIORITIES, STATUSES, DepartmentLabel, Ticket
from .user import ROLES, AuditLog, User

__all__ = [
    "Base", "utcnow", "Conversation", "Message", "KBEntry", "KBEntryVersion", "KB_STATUSES",
    "Member", "HEALTH_TAGS", "CITY_TIERS", "Ticket", "DepartmentLabel", "PRIORITIES", "STATUSES",
    "User", "AuditLog", "ROLES",
]
