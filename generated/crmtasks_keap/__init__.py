"""A client library for accessing Keap REST v2 - Tasks"""
