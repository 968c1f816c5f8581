from enum import StrEnum


class CallbackOptionsMethod(StrEnum):
    JSON = "JSON"
    POST = "POST"

    def __str__(self) -> str:
        return str(self.value)
