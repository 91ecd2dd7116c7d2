"""`python -m bot.web`: serve the widget and its demo page (see bot/web/server.py)."""
from bot.web.server import main

main()
