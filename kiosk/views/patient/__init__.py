"""Patient screens on the bay tablet."""
