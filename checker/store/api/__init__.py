"""API tokens, their rate-limit counters, webhooks and webhook deliveries."""
