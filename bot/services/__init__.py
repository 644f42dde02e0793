"""Services: the operations Slack listeners, scheduled jobs and the CLI call."""
