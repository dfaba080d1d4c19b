"""Liangwei Processing algorithms; their ids and parameter names are a public interface."""
