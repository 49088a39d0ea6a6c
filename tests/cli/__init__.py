"""Tests of the crmtasks command line (crmtasks.cli) against the served sandbox."""
