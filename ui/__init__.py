"""Dialogs: Qt Designer forms (*.ui) each paired with a Python class."""
