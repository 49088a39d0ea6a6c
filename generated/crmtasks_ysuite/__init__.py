"""A client library for accessing ySuite CRM - Tasks"""
