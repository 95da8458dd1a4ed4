"""The patient flow: one bay tablet's screens, their states and the pages they show.

- :mod:`.controller` -- :class:`~.controller.FlowController`, the object that owns the
  patient page stack;
- :mod:`.screens` -- the screen states and how the flow groups them;
- :mod:`.answers`, :mod:`.invite`, :mod:`.call_state`, :mod:`.fault` -- the check-in
  run, the invitations, the patient's calls and the calm fault state;
- :mod:`.calming` -- the calming hub and its activities, built on first use;
- :mod:`.cards` -- the calm message cards;
- :mod:`.quick_screen` -- the page a quick restart paints before the services load.

Nothing is imported here: the quick restart imports :mod:`.quick_screen` before the
database layer loads, and must not pull the controller in with it.
"""
