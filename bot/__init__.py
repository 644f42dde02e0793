"""Kasuhara bot: live customer-harassment triage and escalation in Slack."""

__version__ = "0.1.0"
