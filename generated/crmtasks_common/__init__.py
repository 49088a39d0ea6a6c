"""What every generated crmtasks package shares: written once by generator/generate.py."""
