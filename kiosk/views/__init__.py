"""Qt views: the patient kiosk, the nurse screens and shared widgets."""
