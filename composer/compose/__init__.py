"""The open message as data: its state, the one verdict on it, and the fixes it offers.

Everything here is plain Python (no Qt). The app's compose controller, the drafts
list, the export guard and the command line all read their verdict from
:func:`composer.compose.summary.summarise`, so they cannot disagree.
"""
