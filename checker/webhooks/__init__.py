"""Webhook delivery: send a recorded delivery, record the attempt, retry with back-off."""
