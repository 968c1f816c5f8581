from enum import StrEnum


class CreateSubaccountRequestType(StrEnum):
    ADVANCED = "advanced"
    SIMPLE = "simple"

    def __str__(self) -> str:
        return str(self.value)
