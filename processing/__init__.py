"""The Liangwei Processing provider and its algorithms (ids liangwei:<name>)."""
