"""Accuracy evaluations (make eval*): extraction, main-text parsing, near-duplicates, with their baselines. Not shipped in the runtime package."""
