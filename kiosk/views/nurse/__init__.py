"""Nurse and admin screens."""
