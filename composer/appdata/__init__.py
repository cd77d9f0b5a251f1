"""The app's own files: where they live, the shipped resources, Settings, atomic writes."""
