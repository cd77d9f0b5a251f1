"""Seller Composer: write Amazon Buyer-Seller messages that pass Amazon's checks."""

__version__ = "0.1.0"
