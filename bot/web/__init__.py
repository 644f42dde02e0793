"""Running the bot as a service: health and readiness, metrics, worker start-up and shutdown.

Nothing here knows Slack's payloads; it wraps the Slack WSGI application (bot.slack.server)
with the endpoints a load balancer and an operator need.
"""
