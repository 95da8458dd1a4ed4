"""Recovery Kiosk: a calm recovery-room tablet app for a ketamine-infusion clinic."""
