"""People: accounts and roles, the team, claimants, preferences and notifications."""
