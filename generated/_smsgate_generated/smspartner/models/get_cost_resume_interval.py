from enum import StrEnum


class GetCostResumeInterval(StrEnum):
    CUSTOM = "custom"
    LAST_MONTH = "last_month"
    LAST_TWELVE_MONTHS = "last_twelve_months"

    def __str__(self) -> str:
        return str(self.value)
