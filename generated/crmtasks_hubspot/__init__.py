"""A client library for accessing HubSpot CRM v3 - Tasks"""
