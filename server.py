"""WSGI entry point: `gunicorn server:app` or `flask --app server run`."""
from bot import create_app

app = create_app()
