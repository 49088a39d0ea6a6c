"""Contains all the data models used in inputs/outputs"""

from .account import Account
from .account_persona_counts import AccountPersonaCounts
from .account_typed_custom_fields import AccountTypedCustomFields
from .apollo_error import ApolloError
from .bulk_create_tasks_request import BulkCreateTasksRequest
from .bulk_create_tasks_response import BulkCreateTasksResponse
from .complete_task_request import CompleteTaskRequest
from .complete_task_response import CompleteTaskResponse
from .contact import Contact
from .contact_typed_custom_fields import ContactTypedCustomFields
from .create_task_request import CreateTaskRequest
from .create_task_response import CreateTaskResponse
from .facet_value import FacetValue
from .faceting import Faceting
from .pagination import Pagination
from .phone_number import PhoneNumber
from .search_tasks_response import SearchTasksResponse
from .search_tasks_response_breadcrumbs_item import SearchTasksResponseBreadcrumbsItem
from .skip_task_request import SkipTaskRequest
from .task import Task
from .task_open_factor_name import TaskOpenFactorName
from .task_priority import TaskPriority
from .task_response import TaskResponse
from .task_sort_field import TaskSortField
from .task_status import TaskStatus
from .task_type import TaskType
from .update_task_request import UpdateTaskRequest

__all__ = (
    "Account",
    "AccountPersonaCounts",
    "AccountTypedCustomFields",
    "ApolloError",
    "BulkCreateTasksRequest",
    "BulkCreateTasksResponse",
    "CompleteTaskRequest",
    "CompleteTaskResponse",
    "Contact",
    "ContactTypedCustomFields",
    "CreateTaskRequest",
    "CreateTaskResponse",
    "FacetValue",
    "Faceting",
    "Pagination",
    "PhoneNumber",
    "SearchTasksResponse",
    "SearchTasksResponseBreadcrumbsItem",
    "SkipTaskRequest",
    "Task",
    "TaskOpenFactorName",
    "TaskPriority",
    "TaskResponse",
    "TaskSortField",
    "TaskStatus",
    "TaskType",
    "UpdateTaskRequest",
)
