"""Rasa custom actions: thin glue between the dialogue and the domain logic in bot.meldcode."""
