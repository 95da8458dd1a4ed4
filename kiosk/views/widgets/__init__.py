"""Reusable widgets (scales, tiles, PIN pad, breathing circle)."""
