"""Contains all the data models used in inputs/outputs"""

from .create_custom_field_group_request import CreateCustomFieldGroupRequest
from .create_custom_field_option_request import CreateCustomFieldOptionRequest
from .create_custom_field_request import CreateCustomFieldRequest
from .create_custom_field_response import CreateCustomFieldResponse
from .create_custom_field_tab_request import CreateCustomFieldTabRequest
from .create_task_request import CreateTaskRequest
from .create_update_task_request import CreateUpdateTaskRequest
from .custom_field_group import CustomFieldGroup
from .custom_field_group_update_field import CustomFieldGroupUpdateField
from .custom_field_meta_data import CustomFieldMetaData
from .custom_field_option import CustomFieldOption
from .custom_field_tab import CustomFieldTab
from .custom_field_tab_update_field import CustomFieldTabUpdateField
from .custom_field_type import CustomFieldType
from .custom_field_update_field import CustomFieldUpdateField
from .custom_field_value_object import CustomFieldValueObject
from .error import Error
from .error_details import ErrorDetails
from .list_custom_field_groups_response import ListCustomFieldGroupsResponse
from .list_custom_field_tabs_response import ListCustomFieldTabsResponse
from .list_tasks_response import ListTasksResponse
from .object_model import ObjectModel
from .quota_error import QuotaError
from .record_type import RecordType
from .reminder_minutes import ReminderMinutes
from .task import Task
from .task_optional_property import TaskOptionalProperty
from .task_order_by import TaskOrderBy
from .task_priority import TaskPriority
from .task_update_field import TaskUpdateField
from .update_custom_field_group_request import UpdateCustomFieldGroupRequest
from .update_custom_field_meta_data_request import UpdateCustomFieldMetaDataRequest
from .update_custom_field_tab_request import UpdateCustomFieldTabRequest

__all__ = (
    "CreateCustomFieldGroupRequest",
    "CreateCustomFieldOptionRequest",
    "CreateCustomFieldRequest",
    "CreateCustomFieldResponse",
    "CreateCustomFieldTabRequest",
    "CreateTaskRequest",
    "CreateUpdateTaskRequest",
    "CustomFieldGroup",
    "CustomFieldGroupUpdateField",
    "CustomFieldMetaData",
    "CustomFieldOption",
    "CustomFieldTab",
    "CustomFieldTabUpdateField",
    "CustomFieldType",
    "CustomFieldUpdateField",
    "CustomFieldValueObject",
    "Error",
    "ErrorDetails",
    "ListCustomFieldGroupsResponse",
    "ListCustomFieldTabsResponse",
    "ListTasksResponse",
    "ObjectModel",
    "QuotaError",
    "RecordType",
    "ReminderMinutes",
    "Task",
    "TaskOptionalProperty",
    "TaskOrderBy",
    "TaskPriority",
    "TaskUpdateField",
    "UpdateCustomFieldGroupRequest",
    "UpdateCustomFieldMetaDataRequest",
    "UpdateCustomFieldTabRequest",
)
