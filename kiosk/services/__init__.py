"""Use cases the views call: visits, check-ins, alerts, journal, staff, audit, export."""
