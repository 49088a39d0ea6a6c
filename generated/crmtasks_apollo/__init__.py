"""A client library for accessing Apollo.io Tasks API"""
