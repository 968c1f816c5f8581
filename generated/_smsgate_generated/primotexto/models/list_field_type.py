from enum import StrEnum


class ListFieldType(StrEnum):
    DATE = "DATE"
    NUMBER = "NUMBER"
    STRING = "STRING"

    def __str__(self) -> str:
        return str(self.value)
