"""The Qt user interface: widgets show data and forward user intent; the core decides."""
