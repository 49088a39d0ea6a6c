from enum import IntEnum


class ReminderMinutes(IntEnum):
    MINUTES_5 = 5
    MINUTES_10 = 10
    MINUTES_15 = 15
    MINUTES_30 = 30
    MINUTES_60 = 60
    MINUTES_120 = 120
    MINUTES_240 = 240
    MINUTES_480 = 480
    MINUTES_1440 = 1440
    MINUTES_2880 = 2880

    def __str__(self) -> str:
        return str(self.value)
