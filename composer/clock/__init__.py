"""Time: the daily quota, the reply clock, the order report and how dates are written.

"Today" is the seller's calendar day in the time zone chosen in Settings.
"""
