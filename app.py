"""Entry point for `flask --app app`: builds Checker's web application."""
from checker.web import create_app

app = create_app()
