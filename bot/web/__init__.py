"""The web chat widget: its socket.io channel (channel.py), web server (server.py) and assets (static/)."""
