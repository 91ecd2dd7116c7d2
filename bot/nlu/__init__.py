"""Custom Rasa 3.6 NLU components of the Meldcode-assistent."""
