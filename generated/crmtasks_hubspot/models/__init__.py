"""Contains all the data models used in inputs/outputs"""

from .associated_id import AssociatedId
from .associated_ids import AssociatedIds
from .association import Association
from .association_type import AssociationType
from .association_type_association_category import AssociationTypeAssociationCategory
from .batch_error import BatchError
from .batch_error_context import BatchErrorContext
from .batch_status import BatchStatus
from .error import Error
from .error_context import ErrorContext
from .error_detail import ErrorDetail
from .error_detail_context import ErrorDetailContext
from .error_links import ErrorLinks
from .filter_ import Filter
from .filter_group import FilterGroup
from .filter_operator import FilterOperator
from .next_page import NextPage
from .paging import Paging
from .property_values import PropertyValues
from .record_id import RecordId
from .sort import Sort
from .sort_direction import SortDirection
from .task import Task
from .task_associations import TaskAssociations
from .task_batch_create import TaskBatchCreate
from .task_batch_create_input import TaskBatchCreateInput
from .task_batch_ids import TaskBatchIds
from .task_batch_read import TaskBatchRead
from .task_batch_result import TaskBatchResult
from .task_batch_result_links import TaskBatchResultLinks
from .task_batch_result_with_errors import TaskBatchResultWithErrors
from .task_batch_update import TaskBatchUpdate
from .task_batch_update_input import TaskBatchUpdateInput
from .task_create import TaskCreate
from .task_page import TaskPage
from .task_properties import TaskProperties
from .task_properties_with_history import TaskPropertiesWithHistory
from .task_search import TaskSearch
from .task_search_page import TaskSearchPage
from .task_update import TaskUpdate
from .value_with_timestamp import ValueWithTimestamp

__all__ = (
    "AssociatedId",
    "AssociatedIds",
    "Association",
    "AssociationType",
    "AssociationTypeAssociationCategory",
    "BatchError",
    "BatchErrorContext",
    "BatchStatus",
    "Error",
    "ErrorContext",
    "ErrorDetail",
    "ErrorDetailContext",
    "ErrorLinks",
    "Filter",
    "FilterGroup",
    "FilterOperator",
    "NextPage",
    "Paging",
    "PropertyValues",
    "RecordId",
    "Sort",
    "SortDirection",
    "Task",
    "TaskAssociations",
    "TaskBatchCreate",
    "TaskBatchCreateInput",
    "TaskBatchIds",
    "TaskBatchRead",
    "TaskBatchResult",
    "TaskBatchResultLinks",
    "TaskBatchResultWithErrors",
    "TaskBatchUpdate",
    "TaskBatchUpdateInput",
    "TaskCreate",
    "TaskPage",
    "TaskProperties",
    "TaskPropertiesWithHistory",
    "TaskSearch",
    "TaskSearchPage",
    "TaskUpdate",
    "ValueWithTimestamp",
)
