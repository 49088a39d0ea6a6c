"""Tests of the sandbox, crmtasks.sandbox: its stores, faults, OAuth2 endpoints, quota headers and latency."""
