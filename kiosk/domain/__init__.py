"""Pure domain logic: questionnaires, scoring, readiness, time. No Qt, no SQLAlchemy."""
